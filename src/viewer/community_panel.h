// A selected community's coverage beside the plan's targets: what the core
// counts for it (buildings, floor area, households, people), the target, the
// difference and the share done; its phase, year, path and lift figures.
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace renozone {
class District;
}

namespace renozone::viewer {

class CommunityPanel : public QWidget {
    Q_OBJECT
public:
    explicit CommunityPanel(QWidget* parent = nullptr);
    void show_community(const District& district, int community);
    void show_nothing();
    // Row `key` (buildings, floor_area_m2, households, people), column 0 value … 3 percent.
    QString cell_text(const QString& key, int column) const;
    QString facts_text() const;

private:
    QLabel* title_;
    QLabel* facts_;
    QTableWidget* table_;
};

}  // namespace renozone::viewer
