#include "unit_sketch.h"

#include <QUndoCommand>

namespace renozone::viewer {
namespace {

// Each edit keeps the sketch before and after: units have tens of vertices, so
// whole copies are simpler than inverse operations and cost nothing.
class SketchEdit : public QUndoCommand {
public:
    SketchEdit(UnitSketch& sketch, const QString& text, QPolygonF before, bool before_closed, QPolygonF after,
               bool after_closed)
        : QUndoCommand(text), sketch_(sketch), before_(std::move(before)), after_(std::move(after)),
          before_closed_(before_closed), after_closed_(after_closed) {}
    void undo() override { sketch_.apply(before_, before_closed_); }
    void redo() override { sketch_.apply(after_, after_closed_); }

private:
    UnitSketch& sketch_;
    QPolygonF before_, after_;
    bool before_closed_, after_closed_;
};

}  // namespace

UnitSketch::UnitSketch(QObject* parent) : QObject(parent) {}

void UnitSketch::apply(const QPolygonF& vertices, bool closed) {
    vertices_ = vertices;
    closed_ = closed;
    emit changed();
}

void UnitSketch::push(const QString& text, const QPolygonF& vertices, bool closed) {
    undo_.push(new SketchEdit(*this, text, vertices_, closed_, vertices, closed));
}

void UnitSketch::add_vertex(QPointF p) {
    if (closed_) return;
    if (!vertices_.isEmpty() && vertices_.last() == p) return;
    QPolygonF next = vertices_;
    next << p;
    push(tr("添加顶点"), next, false);
}

void UnitSketch::close() {
    if (closed_ || vertices_.size() < 3) return;
    push(tr("闭合实施单元"), vertices_, true);
}

void UnitSketch::move_vertex(int index, QPointF to) {
    if (index < 0 || index >= vertices_.size() || vertices_[index] == to) return;
    QPolygonF next = vertices_;
    next[index] = to;
    push(tr("移动顶点"), next, closed_);
}

void UnitSketch::insert_vertex(int before, QPointF p) {
    if (before < 0 || before > vertices_.size()) return;
    QPolygonF next = vertices_;
    next.insert(before, p);
    push(tr("插入顶点"), next, closed_);
}

void UnitSketch::remove_vertex(int index) {
    if (index < 0 || index >= vertices_.size() || (closed_ && vertices_.size() <= 3)) return;
    QPolygonF next = vertices_;
    next.remove(index);
    push(tr("删除顶点"), next, closed_);
}

void UnitSketch::clear() {
    if (vertices_.isEmpty() && !closed_) return;
    push(tr("清除实施单元"), {}, false);
}

void UnitSketch::reset(const QPolygonF& vertices, bool closed) {
    undo_.clear();
    apply(vertices, closed);
}

}  // namespace renozone::viewer
