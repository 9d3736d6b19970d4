// Asks how to export the map: file (PNG or PDF), title, DPI, paper, legend.
#pragma once

#include "map_export.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace renozone::viewer {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(const QString& default_title, const QString& default_path, QWidget* parent = nullptr);
    // Sets what the dialog asks for (file, title, DPI, paper, legend) on `request`.
    void apply_to(ExportRequest& request) const;

private:
    QLineEdit* path_;
    QLineEdit* title_;
    QSpinBox* dpi_;
    QComboBox* paper_;
    QCheckBox* legend_;
};

}  // namespace renozone::viewer
