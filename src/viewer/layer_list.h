// The layer list: top layer first, a check box per layer for visibility,
// drag (or the arrow buttons) to change the order, and each style class with
// its symbol underneath as a legend.
#pragma once

#include "map_layer.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <vector>

class QTreeWidget;
class QTreeWidgetItem;

namespace renozone::viewer {

class LayerList : public QWidget {
    Q_OBJECT
public:
    explicit LayerList(QWidget* parent = nullptr);

    void set_layers(const std::vector<std::shared_ptr<MapLayer>>& bottom_to_top);
    // Replaces the layer with the same id (keeping its place and visibility), or adds it on top.
    void put_layer(const std::shared_ptr<MapLayer>& layer);
    void remove_layer(const QString& id);
    std::shared_ptr<const MapLayer> layer(const QString& id) const;  // null when not in the list

    std::vector<std::shared_ptr<const MapLayer>> visible_bottom_to_top() const;
    QStringList order_top_to_bottom() const;
    bool is_visible(const QString& id) const;
    void set_visible(const QString& id, bool visible);
    void move(const QString& id, int steps_up);

signals:
    void changed();

private:
    QTreeWidgetItem* item_for(const QString& id) const;
    QTreeWidgetItem* make_item(const MapLayer& layer, bool visible);
    void move_selected(int steps_up);

    QTreeWidget* tree_;
    QHash<QString, std::shared_ptr<MapLayer>> layers_;
};

}  // namespace renozone::viewer
