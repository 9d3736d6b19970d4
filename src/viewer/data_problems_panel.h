// What the engine found in the data, in the interface's language: errors,
// warnings and notes (the list `renozone validate` prints) and the geometries
// it repaired, with a filter; a row naming a building or community locates it.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace renozone {
class District;
}

namespace renozone::viewer {

class DataProblemsPanel : public QWidget {
    Q_OBJECT
public:
    // A city can have a hundred thousand notes; the list shows the first of each filter.
    static constexpr int most_rows = 5000;

    explicit DataProblemsPanel(QWidget* parent = nullptr);
    void show_district(const District& district);
    void show_nothing();
    QString summary() const;
    int row_count() const;
    // Column 0 level, 1 layer, 2 feature id, 3 the problem; for tests.
    QString cell_text(int row, int column) const;
    void locate_row(int row);

signals:
    void feature_requested(const QString& layer, const QString& feature_id);

private:
    void fill();
    void show_detail(QTreeWidgetItem* item);
    void locate(QTreeWidgetItem* item);

    const District* district_ = nullptr;
    QString counts_;
    QLabel* summary_;
    QComboBox* filter_;
    QTreeWidget* list_;
    QLabel* detail_;
    QPushButton* locate_;
};

}  // namespace renozone::viewer
