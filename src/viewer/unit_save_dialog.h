// What a saved implementation unit is: name, phase, year, renovation path,
// lead department (the plan's 13 units), implementing body, budget, and the
// project GeoPackage it goes into. The core checks the values on accept.
#pragma once

#include "core/planning/project_store.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace renozone::viewer {

class UnitSaveDialog : public QDialog {
    Q_OBJECT
public:
    explicit UnitSaveDialog(const QString& project_path, QWidget* parent = nullptr);

    UnitAttributes attributes() const;
    QString project_path() const;

    // For tests and scripts: fill the form without the mouse.
    void set_values(const QString& name, const QString& phase, int year, const QString& path, int department_number);

public slots:
    void accept() override;

private:
    QLineEdit* name_;
    QComboBox* phase_;
    QSpinBox* year_;
    QComboBox* path_;
    QComboBox* department_;
    QLineEdit* body_;
    QDoubleSpinBox* budget_;
    QLineEdit* project_;
    QLabel* problem_;
};

}  // namespace renozone::viewer
