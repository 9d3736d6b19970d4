#include "coverage_panel.h"

#include "core/planning/unit_evaluation.h"
#include "core/planning/unit_geometry.h"
#include "core/report/unit_report.h"
#include "core/report/unknown_figures.h"
#include "core/vocabulary/field_titles.h"
#include "engine_text.h"
#include "figure_format.h"
#include "session.h"

#include <qgsexpression.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsmapcanvas.h>
#include <qgsvectorlayer.h>

#include <QCheckBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>
#include <set>

namespace renozone::plugin {
namespace {

enum Column { name, phase, buildings, target_buildings, floor_area, target_floor_area, floor_area_pct, households,
              target_households, people, target_people, lifts, lift_subsidy, column_count };
constexpr int id_role = Qt::UserRole;
constexpr int level_role = Qt::UserRole + 1;

// What the records could not give goes on the row's tooltip, never a silent 0; figures align right.
void finish_row(QTreeWidgetItem* item, const std::string& unknown) {
    for (int c = 0; c < column_count && !unknown.empty(); ++c) item->setToolTip(c, qs(unknown));
    for (int c = buildings; c < column_count; ++c) item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
}

void set_figures(QTreeWidgetItem* item, const Figures& f) {
    item->setText(buildings, format::count(f.buildings));
    item->setText(floor_area, format::number(f.floor_area_m2));
    item->setText(households, format::count(f.households));
    item->setText(people, format::number(f.people));
    item->setText(lifts, format::count(f.lifts));
    item->setText(lift_subsidy, format::number(f.lift_subsidy_cny));
    std::string unknown = unknowns_sentence(f, interface_lang());
    if (const std::string held = inventory_unknowns_sentence(f.inventory, interface_lang()); !held.empty())
        unknown += (unknown.empty() ? "" : "\n") + held;
    finish_row(item, unknown);
}

// The buildings placed in the row's area, known or not: what data without a plan shows.
void set_inventory(QTreeWidgetItem* item, const Inventory& held) {
    // A figure no building gives is unknown, not 0; a partly known one is the known part (the tooltip counts the rest).
    auto known = [&](const QString& figure, long long unknown) {
        return held.buildings > 0 && unknown == held.buildings ? QCoreApplication::translate("renozone", "unknown") : figure;
    };
    item->setText(buildings, format::count(held.buildings));
    item->setText(floor_area, known(format::number(held.floor_area_m2), held.floor_area_unknown));
    item->setText(households, known(format::count(held.households), held.households_unknown));
    finish_row(item, inventory_unknowns_sentence(held, interface_lang()));
}

}  // namespace

CoveragePanel::CoveragePanel(Session* session, QgsMapCanvas* canvas, QWidget* parent)
    : QWidget(parent), session_(session), canvas_(canvas) {
    auto* layout = new QVBoxLayout(this);
    follow_ = new QCheckBox(tr("Follow the selection on the communities layer"), this);
    follow_->setObjectName(QStringLiteral("renozoneFollowSelection"));
    follow_->setChecked(true);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("renozoneCoverageStatus"));
    status_->setWordWrap(true);
    tree_ = new QTreeWidget(this);
    tree_->setObjectName(QStringLiteral("renozoneCoverageTree"));
    tree_->setColumnCount(column_count);
    show_columns();
    tree_->setAlternatingRowColors(true);
    tree_->setUniformRowHeights(true);
    tree_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(follow_);
    layout->addWidget(status_);
    layout->addWidget(tree_, 1);

    connect(session_, &Session::district_changed, this, &CoveragePanel::rebuild);
    connect(session_, &Session::layers_changed, this, &CoveragePanel::watch_selection);
    connect(follow_, &QCheckBox::toggled, this, &CoveragePanel::follow_selection);
    connect(session_, &Session::busy_changed, this, [this](bool busy) {
        if (!busy) follow_selection();  // a selection made meanwhile
    });
    connect(tree_, &QTreeWidget::itemDoubleClicked, this, &CoveragePanel::zoom_to);
    rebuild();
}

QTreeWidgetItem* CoveragePanel::add_row(QTreeWidgetItem* parent, const CoverageRow& row) {
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree_);
    item->setText(name, row.level == "district" ? tr("District") : row.name.empty() && row.level == "street" ? tr("(no street)") : qs(row.name));
    item->setData(0, id_role, qs(row.code));
    item->setData(0, level_role, qs(row.level));
    if (inventory_) {
        set_inventory(item, row.figures.inventory);
        return item;
    }
    QString phase_text = qs(row.phase);
    if (row.year) phase_text += QStringLiteral(" %1").arg(*row.year);
    if (row.demonstration) phase_text += tr(" (demonstration)");
    item->setText(phase, phase_text.trimmed());
    set_figures(item, row.figures);
    item->setText(target_buildings, format::target(row.targets.buildings));
    item->setText(target_floor_area, format::target(row.targets.floor_area_m2));
    item->setText(floor_area_pct, format::percent(percent(row.figures.floor_area_m2, row.targets.floor_area_m2)));
    item->setText(target_households, format::target(row.targets.households));
    item->setText(target_people, format::target(row.targets.people));
    return item;
}

void CoveragePanel::rebuild() {
    tree_->clear();
    selection_item_ = nullptr;
    const LoadedDistrict* loaded = session_->district();
    if (!loaded) {
        status_->setText(tr("Open the embedded data or a GeoPackage to see the plan's coverage."));
        return;
    }
    const Coverage& coverage = loaded->district().analysis().coverage;
    inventory_ = coverage.district.figures.communities == 0;
    show_columns();
    QFont bold = tree_->font();
    bold.setBold(true);
    QTreeWidgetItem* district = add_row(nullptr, coverage.district);
    for (int c = 0; c < column_count; ++c) district->setFont(c, bold);
    std::map<std::string, QTreeWidgetItem*> streets;
    for (const auto& row : coverage.streets) streets[row.code] = add_row(nullptr, row);
    for (const auto& row : coverage.communities) {
        if (!row.planned && !inventory_) continue;
        auto street = streets.find(row.street_code);
        add_row(street == streets.end() ? nullptr : street->second, row);
    }
    tree_->expandAll();
    follow_selection();
}

void CoveragePanel::show_columns() {
    // The figures' titles are the fields' (core/vocabulary/field_titles), as the viewer's panels say them.
    auto title = [](const char* field) { return qs(field_title(field, interface_lang())); };
    tree_->setHeaderLabels({title("name"), title("phase"), title(inventory_ ? "all_buildings" : "buildings"), tr("target"),
                            title("floor_area_m2"), tr("target"), title("floor_area_pct"), title("households"), tr("target"),
                            title("people"), tr("target"), title("lifts"), title("lift_subsidy_cny")});
    for (int c : {phase, target_buildings, target_floor_area, floor_area_pct, target_households, people, target_people, lifts, lift_subsidy})
        tree_->setColumnHidden(c, inventory_);
}

void CoveragePanel::watch_selection() {
    disconnect(selection_connection_);
    if (QgsVectorLayer* communities = session_->layer(QStringLiteral("communities")))
        selection_connection_ = connect(communities, &QgsVectorLayer::selectionChanged, this, &CoveragePanel::follow_selection);
    follow_selection();
}

void CoveragePanel::follow_selection() {
    if (session_->busy()) return;  // a task reads the district's geometry now
    QStringList ids;
    QgsVectorLayer* communities = session_->layer(QStringLiteral("communities"));
    if (follow_->isChecked() && communities && communities->selectedFeatureCount() > 0) {
        const int id_field = communities->fields().lookupField(QStringLiteral("id"));
        QgsFeatureIterator it = communities->getSelectedFeatures(QgsFeatureRequest().setNoAttributes().setFlags(QgsFeatureRequest::NoGeometry).setSubsetOfAttributes({id_field}));
        QgsFeature feature;
        while (it.nextFeature(feature)) ids << feature.attribute(id_field).toString();
    }
    const std::set<QString> selected(ids.begin(), ids.end());
    for (int i = 0; i < tree_->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = tree_->topLevelItem(i);
        int shown_children = 0;
        for (int j = 0; j < top->childCount(); ++j) {
            QTreeWidgetItem* child = top->child(j);
            const bool show = selected.empty() || selected.count(child->data(0, id_role).toString());
            child->setHidden(!show);
            shown_children += show;
        }
        const QString level = top->data(0, level_role).toString();
        if (level == QLatin1String("street")) top->setHidden(!selected.empty() && shown_children == 0);
        if (level == QLatin1String("community")) top->setHidden(!selected.empty() && !selected.count(top->data(0, id_role).toString()));
    }
    show_selection_row(ids);
}

void CoveragePanel::show_selection_row(const QStringList& ids) {
    delete selection_item_;
    selection_item_ = nullptr;
    selection_json_.clear();
    const LoadedDistrict* loaded = session_->district();
    if (!loaded) return;
    if (ids.isEmpty()) {
        const Inventory& held = loaded->district().analysis().coverage.district.figures.inventory;
        status_->setText(inventory_ ? tr("%1\nNo community is in the plan: every building placed, as the records give it. %2")
                                          .arg(loaded->summary(), qs(inventory_unknowns_sentence(held, interface_lang())))
                                          .trimmed()
                                    : loaded->summary());
        return;
    }
    std::vector<std::string> community_ids;
    for (const QString& id : ids) community_ids.push_back(ss(id));
    try {
        const District& district = loaded->district();
        const UnitShape shape = unit_from_communities(district, community_ids);
        const UnitEvaluation e = evaluate_unit(district, shape.geom.get());
        selection_item_ = new QTreeWidgetItem;
        tree_->insertTopLevelItem(0, selection_item_);
        selection_item_->setText(name, tr("Selection (%n communities)", nullptr, ids.size()));
        set_figures(selection_item_, e.figures);
        selection_item_->setData(0, level_role, QStringLiteral("selection"));
        selection_json_ = qs(unit_json(district, e).dump());
        status_->setText(tr("%n selected communities: figures of the selection as a whole on top", nullptr, ids.size()));
    } catch (const std::exception& e) {
        status_->setText(error_text(e));
    }
}

void CoveragePanel::zoom_to(QTreeWidgetItem* item) {
    QgsVectorLayer* communities = session_->layer(QStringLiteral("communities"));
    if (!canvas_ || !communities || item->data(0, level_role).toString() != QLatin1String("community")) return;
    const QString expression = QgsExpression::createFieldEqualityExpression(QStringLiteral("id"), item->data(0, id_role));
    QgsFeatureIds ids;
    QgsFeatureIterator it = communities->getFeatures(QgsFeatureRequest().setFilterExpression(expression).setNoAttributes());
    QgsFeature feature;
    while (it.nextFeature(feature)) ids.insert(feature.id());
    if (ids.isEmpty()) return;
    canvas_->zoomToFeatureIds(communities, ids);
    canvas_->flashFeatureIds(communities, ids);
}

QStringList CoveragePanel::shown_community_ids() const {
    QStringList ids;
    for (QTreeWidgetItemIterator it(tree_); *it; ++it)
        if (!(*it)->isHidden() && (*it)->data(0, level_role).toString() == QLatin1String("community") &&
            (!(*it)->parent() || !(*it)->parent()->isHidden()))
            ids << (*it)->data(0, id_role).toString();
    return ids;
}

}  // namespace renozone::plugin
