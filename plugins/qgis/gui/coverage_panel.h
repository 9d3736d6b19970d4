// The coverage dashboard: plan targets beside the engine's figures for the
// district, each street and each community. It follows the selection on the
// communities layer: only the selected communities (and their streets) show,
// with one row for the selection as a whole.
#pragma once

#include <QMetaObject>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
class QgsMapCanvas;

namespace renozone {
struct CoverageRow;
struct Figures;
}  // namespace renozone

namespace renozone::plugin {

class Session;

class CoveragePanel : public QWidget {
    Q_OBJECT
    Q_PROPERTY(QStringList shownCommunityIds READ shown_community_ids)
    Q_PROPERTY(QString selectionJson READ selection_json)

public:
    CoveragePanel(Session* session, QgsMapCanvas* canvas, QWidget* parent = nullptr);

    QStringList shown_community_ids() const;
    // The figures of the selected communities as a whole (unit JSON contract), empty without a selection.
    QString selection_json() const { return selection_json_; }

private slots:
    void rebuild();
    void show_columns();  // the plan's columns, or the inventory's
    void watch_selection();
    void follow_selection();
    void zoom_to(QTreeWidgetItem* item);

private:
    QTreeWidgetItem* add_row(QTreeWidgetItem* parent, const CoverageRow& row);
    void show_selection_row(const QStringList& ids);

    Session* session_;
    QgsMapCanvas* canvas_;
    QTreeWidget* tree_;
    QCheckBox* follow_;
    QLabel* status_;
    // No community is in the plan (data of one's own without a plan table):
    // every community with the inventory of its buildings instead of the plan's figures.
    bool inventory_ = false;
    QTreeWidgetItem* selection_item_ = nullptr;
    QString selection_json_;
    QMetaObject::Connection selection_connection_;
};

}  // namespace renozone::plugin
