#include "export_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace renozone::viewer {

ExportDialog::ExportDialog(const QString& default_title, const QString& default_path, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("导出地图"));
    auto* form = new QFormLayout;
    auto* file_row = new QHBoxLayout;
    path_ = new QLineEdit(default_path, this);
    auto* browse = new QPushButton(tr("浏览…"), this);
    file_row->addWidget(path_, 1);
    file_row->addWidget(browse);
    form->addRow(tr("文件"), file_row);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("导出地图"), path_->text(), tr("PNG 图片 (*.png);;PDF 文档 (*.pdf)"));
        if (!path.isEmpty()) path_->setText(path);
    });
    title_ = new QLineEdit(default_title, this);
    form->addRow(tr("标题"), title_);
    dpi_ = new QSpinBox(this);
    dpi_->setRange(72, 600);
    dpi_->setValue(300);
    dpi_->setSuffix(" dpi");
    form->addRow(tr("分辨率"), dpi_);
    paper_ = new QComboBox(this);
    paper_->addItem(tr("A4 横向"), QSizeF(297, 210));
    paper_->addItem(tr("A4 纵向"), QSizeF(210, 297));
    paper_->addItem(tr("A3 横向"), QSizeF(420, 297));
    paper_->addItem(tr("A3 纵向"), QSizeF(297, 420));
    form->addRow(tr("纸张"), paper_);
    legend_ = new QCheckBox(tr("包含图例"), this);
    legend_->setChecked(true);
    form->addRow(QString(), legend_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void ExportDialog::apply_to(ExportRequest& r) const {
    r.path = path_->text().trimmed();
    r.title = title_->text();
    r.dpi = dpi_->value();
    r.paper_mm = paper_->currentData().toSizeF();
    r.legend = legend_->isChecked();
}

}  // namespace renozone::viewer
