#include "identify_panel.h"

#include "display_names.h"
#include "map_layer.h"
#include "value_labels.h"

#include "core/base/text_utils.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace renozone::viewer {
namespace {

QString display(const QString& field, const QVariant& v) {
    if (!v.isValid() || v.isNull()) return "—";
    if (const QString labelled = value_label(field, v); !labelled.isEmpty()) return labelled;
    if (v.typeId() == QMetaType::Double) {
        const double d = v.toDouble();
        return QString::fromStdString(format_number(d, d == static_cast<long long>(d) ? 0 : 2));
    }
    return v.toString();
}

}  // namespace

IdentifyPanel::IdentifyPanel(QWidget* parent) : QWidget(parent) {
    setObjectName("identify_panel");
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    title_ = new QLabel(this);
    title_->setWordWrap(true);
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    layout->addWidget(title_);
    tree_ = new QTreeWidget(this);
    tree_->setColumnCount(2);
    tree_->setHeaderLabels({tr("字段"), tr("值")});
    tree_->setRootIsDecorated(false);
    tree_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(tree_, 1);
    show_nothing();
}

void IdentifyPanel::show_nothing() {
    title_->setText(tr("用“识别”工具单击地图要素查看属性"));
    tree_->clear();
}

void IdentifyPanel::show_feature(const MapLayer& layer, int feature) {
    tree_->clear();
    const QVariantMap values = layer.attributes.all(feature);
    QString name = values.value("name").toString();
    title_->setText(QString("%1：%2").arg(layer.title, name.isEmpty() ? values.value("id").toString() : name));
    for (const QString& field : layer.attributes.fields) {
        auto* item = new QTreeWidgetItem(tree_, {field_title(field), display(field, values.value(field))});
        item->setData(0, Qt::UserRole, field);
        item->setToolTip(0, field);
    }
}

QString IdentifyPanel::value_text(const QString& field) const {
    for (int i = 0; i < tree_->topLevelItemCount(); ++i)
        if (tree_->topLevelItem(i)->data(0, Qt::UserRole).toString() == field) return tree_->topLevelItem(i)->text(1);
    return {};
}

}  // namespace renozone::viewer
