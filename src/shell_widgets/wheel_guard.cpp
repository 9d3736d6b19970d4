#include "wheel_guard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QWidget>

namespace renozone::widgets {
namespace {

class UnfocusedWheelFilter : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() != QEvent::Wheel) return false;
        const auto* widget = qobject_cast<QWidget*>(watched);
        if (!widget || widget->hasFocus()) return false;
        // Ignored and filtered: Qt hands the wheel on to the parent, which scrolls.
        event->ignore();
        return true;
    }
};

template <typename Field>
void guard_each(QWidget* root, QObject* filter) {
    for (Field* field : root->findChildren<Field*>()) {
        field->setFocusPolicy(Qt::StrongFocus);
        field->installEventFilter(filter);
    }
}

}  // namespace

void guard_wheel(QWidget* root) {
    auto* filter = new UnfocusedWheelFilter(root);
    guard_each<QAbstractSpinBox>(root, filter);
    guard_each<QComboBox>(root, filter);
}

}  // namespace renozone::widgets
