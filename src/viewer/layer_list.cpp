#include "layer_list.h"

#include "symbol_painter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPainter>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace renozone::viewer {
namespace {

QIcon swatch_icon(const Symbol& symbol, GeometryKind kind) {
    QPixmap pixmap(18, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint_swatch(painter, symbol, static_cast<int>(kind), QRectF(1, 1, 16, 12), PaintScale{96, 1});
    return QIcon(pixmap);
}

}  // namespace

LayerList::LayerList(QWidget* parent) : QWidget(parent) {
    setObjectName("layer_list");
    tree_ = new QTreeWidget(this);
    tree_->setHeaderHidden(true);
    tree_->setDragDropMode(QAbstractItemView::InternalMove);
    tree_->setDefaultDropAction(Qt::MoveAction);
    tree_->setSelectionMode(QAbstractItemView::SingleSelection);
    tree_->setIconSize(QSize(18, 14));
    auto* up = new QPushButton(tr("上移"), this);
    auto* down = new QPushButton(tr("下移"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(up);
    buttons->addWidget(down);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tree_, 1);
    layout->addLayout(buttons);
    connect(up, &QPushButton::clicked, this, [this] { move_selected(1); });
    connect(down, &QPushButton::clicked, this, [this] { move_selected(-1); });
    connect(tree_, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int) {
        if (!item->parent()) emit changed();
    });
    // A drop is a remove and an insert: report once the model has settled.
    connect(tree_->model(), &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent) {
        if (!parent.isValid()) QTimer::singleShot(0, this, &LayerList::changed);
    });
}

QTreeWidgetItem* LayerList::make_item(const MapLayer& layer, bool visible) {
    auto* item = new QTreeWidgetItem({layer.title});
    item->setData(0, Qt::UserRole, layer.id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
    item->setCheckState(0, visible ? Qt::Checked : Qt::Unchecked);
    item->setToolTip(0, QString("%1 — %2 features, style: %3").arg(layer.id).arg(layer.size()).arg(layer.style.source));
    const auto& classes = layer.style.classes;
    if (classes.size() == 1) {
        item->setIcon(0, swatch_icon(classes[0].symbol, layer.geometry.kind()));
    } else {
        for (const auto& c : classes) {
            auto* child = new QTreeWidgetItem(item, {c.label.isEmpty() ? c.value : c.label});
            child->setIcon(0, swatch_icon(c.symbol, layer.geometry.kind()));
            child->setFlags(Qt::ItemIsEnabled);
        }
    }
    return item;
}

void LayerList::set_layers(const std::vector<std::shared_ptr<MapLayer>>& bottom_to_top) {
    const QSignalBlocker block(tree_);
    tree_->clear();
    layers_.clear();
    for (auto it = bottom_to_top.rbegin(); it != bottom_to_top.rend(); ++it) {
        layers_.insert((*it)->id, *it);
        QTreeWidgetItem* item = make_item(**it, true);
        tree_->addTopLevelItem(item);
        item->setExpanded(true);  // the classes are the legend
    }
    emit changed();
}

void LayerList::put_layer(const std::shared_ptr<MapLayer>& layer) {
    const QSignalBlocker block(tree_);
    QTreeWidgetItem* old = item_for(layer->id);
    const bool visible = !old || old->checkState(0) == Qt::Checked;
    const int position = old ? tree_->indexOfTopLevelItem(old) : 0;
    delete old;
    layers_.insert(layer->id, layer);
    QTreeWidgetItem* item = make_item(*layer, visible);
    tree_->insertTopLevelItem(position, item);
    item->setExpanded(true);
    emit changed();
}

void LayerList::remove_layer(const QString& id) {
    QTreeWidgetItem* item = item_for(id);
    if (!item) return;
    {
        const QSignalBlocker block(tree_);
        delete item;
        layers_.remove(id);
    }
    emit changed();
}

std::shared_ptr<const MapLayer> LayerList::layer(const QString& id) const { return layers_.value(id); }

QTreeWidgetItem* LayerList::item_for(const QString& id) const {
    for (int i = 0; i < tree_->topLevelItemCount(); ++i)
        if (tree_->topLevelItem(i)->data(0, Qt::UserRole).toString() == id) return tree_->topLevelItem(i);
    return nullptr;
}

std::vector<std::shared_ptr<const MapLayer>> LayerList::visible_bottom_to_top() const {
    std::vector<std::shared_ptr<const MapLayer>> out;
    for (int i = tree_->topLevelItemCount() - 1; i >= 0; --i) {
        const QTreeWidgetItem* item = tree_->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked) out.push_back(layers_.value(item->data(0, Qt::UserRole).toString()));
    }
    return out;
}

QStringList LayerList::order_top_to_bottom() const {
    QStringList ids;
    for (int i = 0; i < tree_->topLevelItemCount(); ++i) ids << tree_->topLevelItem(i)->data(0, Qt::UserRole).toString();
    return ids;
}

bool LayerList::is_visible(const QString& id) const {
    const QTreeWidgetItem* item = item_for(id);
    return item && item->checkState(0) == Qt::Checked;
}

void LayerList::set_visible(const QString& id, bool visible) {
    if (QTreeWidgetItem* item = item_for(id)) item->setCheckState(0, visible ? Qt::Checked : Qt::Unchecked);
}

void LayerList::move(const QString& id, int steps_up) {
    QTreeWidgetItem* item = item_for(id);
    if (!item) return;
    const int from = tree_->indexOfTopLevelItem(item);
    const int to = std::clamp(from - steps_up, 0, tree_->topLevelItemCount() - 1);
    if (to == from) return;
    const QSignalBlocker block(tree_->model());
    const bool expanded = item->isExpanded();
    tree_->takeTopLevelItem(from);
    tree_->insertTopLevelItem(to, item);
    item->setExpanded(expanded);
    tree_->setCurrentItem(item);
    emit changed();
}

void LayerList::move_selected(int steps_up) {
    QTreeWidgetItem* item = tree_->currentItem();
    if (item && item->parent()) item = item->parent();
    if (item) move(item->data(0, Qt::UserRole).toString(), steps_up);
}

}  // namespace renozone::viewer
