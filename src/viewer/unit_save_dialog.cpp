#include "unit_save_dialog.h"

#include "error_text.h"
#include "planning_form.h"

#include "core/base/errors.h"
#include "core/planning/plan_departments.h"
#include "core/vocabulary/error_words.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace renozone::viewer {
namespace {

// The title of a field of the form, as errors about it name it too.
QString title(Input input) { return QString::fromStdString(input_title(input, interface_lang())); }

QString phase_title(const QString& phase) {
    if (phase == "实施") return UnitSaveDialog::tr("实施（实施一批）");
    if (phase == "谋划") return UnitSaveDialog::tr("谋划（谋划一批）");
    return UnitSaveDialog::tr("储备（储备一批）");
}

QString path_title(const QString& path) {
    if (path == "综合改造") return UnitSaveDialog::tr("综合改造");
    if (path == "管理提升") return UnitSaveDialog::tr("管理提升");
    return UnitSaveDialog::tr("不安全房屋自建联建");
}

}  // namespace

UnitSaveDialog::UnitSaveDialog(const QString& project_path, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("保存实施单元"));
    setObjectName("unit_save_dialog");
    auto* form = new QFormLayout;
    name_ = new QLineEdit(this);
    name_->setPlaceholderText(tr("例如：油房沟片区实施单元"));
    form->addRow(tr("名称"), name_);
    phase_ = new QComboBox(this);
    for (const char* p : {"实施", "谋划", "储备"}) phase_->addItem(phase_title(p), QString(p));
    form->addRow(title(Input::phase), phase_);
    year_ = new QSpinBox(this);
    year_->setRange(2021, 2035);
    year_->setValue(2025);
    form->addRow(title(Input::year), year_);
    path_ = new QComboBox(this);
    for (const auto& p : renovation_paths()) path_->addItem(path_title(QString::fromStdString(p)), QString::fromStdString(p));
    form->addRow(title(Input::path), path_);
    department_ = new QComboBox(this);
    for (const auto& d : plan_departments())
        department_->addItem(QString("%1. %2").arg(d.number).arg(QString::fromStdString(d.name)), QString::fromStdString(d.name));
    form->addRow(title(Input::lead_department), department_);
    body_ = new QLineEdit(this);
    form->addRow(tr("实施主体"), body_);
    budget_ = widgets::money_box(this, tr("未填"));
    form->addRow(title(Input::budget_cny), budget_);
    auto* file_row = new QHBoxLayout;
    project_ = new QLineEdit(project_path, this);
    project_->setPlaceholderText(tr("项目 GeoPackage 文件"));
    auto* browse = new QPushButton(tr("浏览…"), this);
    file_row->addWidget(project_, 1);
    file_row->addWidget(browse);
    form->addRow(tr("项目文件"), file_row);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("项目文件"), project_->text(), tr("GeoPackage (*.gpkg)"),
                                                          nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty()) project_->setText(path.endsWith(".gpkg") ? path : path + ".gpkg");
    });

    problem_ = new QLabel(this);
    problem_->setObjectName("unit_save_problem");
    problem_->setStyleSheet("color: #b30000");
    problem_->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UnitSaveDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UnitSaveDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(problem_);
    layout->addWidget(buttons);
}

UnitAttributes UnitSaveDialog::attributes() const {
    UnitAttributes a;
    a.name = name_->text().trimmed().toStdString();
    a.phase = phase_->currentData().toString().toStdString();
    a.year = year_->value();
    a.path = path_->currentData().toString().toStdString();
    a.lead_department = department_->currentData().toString().toStdString();
    a.implementing_body = body_->text().trimmed().toStdString();
    if (budget_->value() > 0) a.budget_cny = budget_->value();
    return a;
}

QString UnitSaveDialog::project_path() const { return project_->text().trimmed(); }

void UnitSaveDialog::set_values(const QString& name, const QString& phase, int year, const QString& path, int department_number) {
    name_->setText(name);
    phase_->setCurrentIndex(std::max(0, phase_->findData(phase)));
    year_->setValue(year);
    path_->setCurrentIndex(std::max(0, path_->findData(path)));
    department_->setCurrentIndex(std::clamp(department_number - 1, 0, department_->count() - 1));
}

void UnitSaveDialog::accept() {
    if (name_->text().trimmed().isEmpty()) {
        problem_->setText(tr("请填写名称"));
        return;
    }
    if (project_path().isEmpty()) {
        problem_->setText(tr("请选择项目文件"));
        return;
    }
    try {
        check_unit_attributes(attributes());
    } catch (const Error& e) {
        problem_->setText(error_text(e));
        return;
    }
    QDialog::accept();
}

}  // namespace renozone::viewer
