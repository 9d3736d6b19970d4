// The implementation unit a planner is drawing: its vertices in map units and
// whether the ring is closed. Every change goes through the undo stack, so
// undo and redo cover adding, moving, inserting and removing vertices and closing.
#pragma once

#include <QObject>
#include <QPolygonF>
#include <QUndoStack>

namespace renozone::viewer {

class UnitSketch : public QObject {
    Q_OBJECT
public:
    explicit UnitSketch(QObject* parent = nullptr);

    const QPolygonF& vertices() const { return vertices_; }
    bool closed() const { return closed_; }
    QUndoStack& undo_stack() { return undo_; }

    void add_vertex(QPointF p);
    void close();  // needs three vertices
    void move_vertex(int index, QPointF to);
    void insert_vertex(int before, QPointF p);
    void remove_vertex(int index);  // keeps at least three once closed
    void clear();                   // starts over (undoable too)
    // Replaces the whole sketch without undo (loading a saved unit).
    void reset(const QPolygonF& vertices, bool closed);

    // Applied by the undo commands only.
    void apply(const QPolygonF& vertices, bool closed);

signals:
    void changed();

private:
    void push(const QString& text, const QPolygonF& vertices, bool closed);

    QPolygonF vertices_;
    bool closed_ = false;
    QUndoStack undo_;
};

}  // namespace renozone::viewer
