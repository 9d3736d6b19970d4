#include "unit_panel.h"

#include "core/planning/plan_departments.h"
#include "core/report/unit_report.h"
#include "core/vocabulary/error_words.h"
#include "core/vocabulary/unit_figure_rows.h"
#include "core/vocabulary/unit_warning_text.h"
#include "engine_text.h"
#include "figure_format.h"
#include "funding_table.h"
#include "geometry_bridge.h"
#include "planning_form.h"
#include "session.h"

#include <qgsmapcanvas.h>
#include <qgsproject.h>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace renozone::plugin {
namespace {

// The title of a field of the form, as errors about it name it too.
QString title(Input input) { return qs(input_title(input, interface_lang())); }

QComboBox* combo_with(QWidget* parent, const QString& object_name, const QStringList& values) {
    auto* combo = new QComboBox(parent);
    combo->setObjectName(object_name);
    // The plan's department names are long: let the dock stay narrow.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    combo->addItem(QStringLiteral("–"), QString());
    for (const QString& value : values) combo->addItem(value, value);
    return combo;
}

}  // namespace

UnitPanel::UnitPanel(Session* session, QgsMapCanvas* canvas, QWidget* parent)
    : QWidget(parent), session_(session), canvas_(canvas) {
    build_form();
    connect(session_, &Session::district_about_to_change, this, [this] {
        clear();
        stored_.clear();
    });
    connect(session_, &Session::district_changed, this, &UnitPanel::reload_stored_units);
    connect(session_, &Session::project_path_changed, this, &UnitPanel::reload_stored_units);
    connect(session_, &Session::units_changed, this, &UnitPanel::reload_stored_units);
}

UnitPanel::~UnitPanel() = default;

void UnitPanel::build_form() {
    auto* outer = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Draw a unit with the draw tool: click the corners, right click to finish. "
                               "The figures follow the mouse."), this);
    hint->setWordWrap(true);
    outer->addWidget(hint);

    auto* figures_box = new QGroupBox(tr("What the unit covers"), this);
    auto* figures = new QFormLayout(figures_box);
    for (const auto& row : unit_figure_rows()) {
        auto* value = new QLabel(QStringLiteral("–"), figures_box);
        value->setObjectName(QStringLiteral("unitFigure_%1").arg(QLatin1String(row.key)));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        figures->addRow(qs(row.title(interface_lang())), value);
        figures_.insert(QLatin1String(row.key), value);
    }
    communities_ = new QLabel(figures_box);
    communities_->setWordWrap(true);
    figures->addRow(tr("Communities"), communities_);
    warnings_ = new QLabel(figures_box);
    warnings_->setObjectName(QStringLiteral("renozoneUnitWarnings"));
    warnings_->setWordWrap(true);
    warnings_->setStyleSheet(QLatin1String(widgets::warning_style));
    figures->addRow(warnings_);
    outer->addWidget(figures_box);

    auto* money_box = new QGroupBox(tr("Money"), this);
    auto* money = new QFormLayout(money_box);
    pipeline_cost_ = widgets::money_box(money_box, QStringLiteral("–"));
    pipeline_cost_->setObjectName(QStringLiteral("renozoneUnitPipelineCost"));
    money->addRow(title(Input::pipeline_cost_cny), pipeline_cost_);
    funding_ = new widgets::FundingTable(interface_lang(),
                                         {tr("Source"), tr("Share"), tr("Sum"), tr("The four shares should add up to 100 %")}, money_box);
    money->addRow(title(Input::funding), funding_);
    outer->addWidget(money_box);

    auto* attributes_box = new QGroupBox(tr("Unit"), this);
    auto* form = new QFormLayout(attributes_box);
    name_ = new QLineEdit(attributes_box);
    name_->setObjectName(QStringLiteral("renozoneUnitName"));
    form->addRow(tr("Name"), name_);
    phase_ = combo_with(attributes_box, QStringLiteral("renozoneUnitPhase"), {QStringLiteral("实施"), QStringLiteral("谋划"), QStringLiteral("储备")});
    phase_->setItemText(1, tr("实施 implement"));
    phase_->setItemText(2, tr("谋划 plan"));
    phase_->setItemText(3, tr("储备 reserve"));
    form->addRow(title(Input::phase), phase_);
    year_ = new QSpinBox(attributes_box);
    year_->setObjectName(QStringLiteral("renozoneUnitYear"));
    year_->setRange(2020, 2100);
    year_->setSpecialValueText(QStringLiteral("–"));
    form->addRow(title(Input::year), year_);
    QStringList paths;
    for (const auto& path : renovation_paths()) paths << qs(path);
    path_ = combo_with(attributes_box, QStringLiteral("renozoneUnitPath"), paths);
    form->addRow(title(Input::path), path_);
    QStringList departments;
    for (const auto& d : plan_departments()) departments << qs(d.name);
    lead_ = combo_with(attributes_box, QStringLiteral("renozoneUnitLead"), departments);
    form->addRow(title(Input::lead_department), lead_);
    body_ = new QLineEdit(attributes_box);
    form->addRow(tr("Implementing body"), body_);
    budget_ = widgets::money_box(attributes_box, QStringLiteral("–"));
    form->addRow(title(Input::budget_cny), budget_);
    outer->addWidget(attributes_box);

    save_ = new QPushButton(tr("Save unit to project"), this);
    save_->setObjectName(QStringLiteral("renozoneSaveUnit"));
    save_->setEnabled(false);
    outer->addWidget(save_);
    outer->addStretch(1);

    connect(save_, &QPushButton::clicked, this, &UnitPanel::save);
    connect(pipeline_cost_, qOverload<double>(&QDoubleSpinBox::valueChanged), this, &UnitPanel::reevaluate);
    connect(funding_, &widgets::FundingTable::changed, this, &UnitPanel::reevaluate);
}

UnitMoney UnitPanel::money(QString* problem) const {
    UnitMoney m;
    if (pipeline_cost_->value() > 0) m.pipeline_cost_cny = pipeline_cost_->value();
    m.funding = funding_->split();
    if (funding_->sum_is_off()) *problem = tr("The funding shares do not add up to 100 %: left out");
    return m;
}

UnitAttributes UnitPanel::attributes() const {
    QString ignored;
    UnitAttributes a;
    a.name = ss(name_->text().trimmed());
    a.phase = ss(phase_->currentData().toString());
    if (year_->value() != year_->minimum()) a.year = year_->value();
    a.path = ss(path_->currentData().toString());
    a.lead_department = ss(lead_->currentData().toString());
    a.implementing_body = ss(body_->text().trimmed());
    if (budget_->value() > 0) a.budget_cny = budget_->value();
    a.money = money(&ignored);
    return a;
}

void UnitPanel::reload_stored_units() { stored_ = session_->stored_units(); }

void UnitPanel::evaluate(const QgsGeometry& polygon) { evaluate_shape(polygon, false); }

void UnitPanel::evaluate_finished(const QgsGeometry& polygon) { evaluate_shape(polygon, true); }

void UnitPanel::evaluate_shape(const QgsGeometry& polygon, bool finished) {
    drawn_ = polygon;
    finished_ = finished;
    const LoadedDistrict* loaded = session_->district();
    if (!loaded) {
        show_problem(tr("Open the data first."));
        return;
    }
    try {
        UnitShape shape = checked_shape(*loaded, polygon, canvas_ ? canvas_->mapSettings().destinationCrs() : loaded->working_crs(),
                                        QgsProject::instance()->transformContext(), ShapeUse::unit, tr("unit"));
        QString problem;
        const UnitMoney m = money(&problem);
        std::vector<const GEOSGeometry*> others;
        for (const auto& unit : stored_)
            if (unit.geom) others.push_back(unit.geom.get());
        evaluation_ = evaluate_unit(loaded->district(), shape.geom.get(), m, others);
        unit_ = std::move(shape.geom);
        show(*evaluation_);
        if (!problem.isEmpty()) warnings_->setText(warnings_->text() + QLatin1Char('\n') + problem);
    } catch (const std::exception& e) {
        show_problem(error_text(e));
    }
}

void UnitPanel::reevaluate() {
    if (!drawn_.isNull()) evaluate_shape(drawn_, finished_);
}

void UnitPanel::show(const UnitEvaluation& e) {
    const District& district = session_->district()->district();
    for (const auto& row : unit_figure_rows())
        figures_.value(QLatin1String(row.key))->setText(format::number(row.value(e), row.decimals));
    QStringList shares;
    for (const auto& c : e.communities)
        shares << tr("%1 %2 (%3 % inside)")
                      .arg(qs(district.data().communities[c.index].id), qs(district.data().communities[c.index].name),
                           qs(percent_inside(c.share)));
    communities_->setText(shares.join(QStringLiteral("; ")));
    QStringList warnings;
    for (const auto& w : e.warnings) warnings << qs(unit_warning_text(w, interface_lang()));
    warnings_->setText(warnings.join(QLatin1Char('\n')));
    last_json_ = qs(unit_json(district, e).dump());
    save_->setEnabled(finished_);
}

void UnitPanel::show_problem(const QString& text) {
    evaluation_.reset();
    unit_.reset();
    last_json_.clear();
    for (QLabel* label : figures_) label->setText(QStringLiteral("–"));
    communities_->clear();
    warnings_->setText(text);
    save_->setEnabled(false);
}

void UnitPanel::clear() {
    drawn_ = QgsGeometry();
    finished_ = false;
    show_problem(QString());
}

QString UnitPanel::current_unit_wkt() const {
    const LoadedDistrict* loaded = session_->district();
    return loaded && unit_ ? engine_wkt(loaded->district(), unit_.get()) : QString();
}

bool UnitPanel::save() {
    if (!finished_ || !evaluation_ || !unit_) return false;
    if (funding_->sum_is_off()) {  // saved, the unit would silently lose its split
        warnings_->setText(tr("The funding shares do not add up to 100 %: correct or clear them before saving"));
        return false;
    }
    const long long id = session_->save_unit(attributes(), unit_.get(), *evaluation_);
    if (id < 0) return false;
    last_saved_id_ = id;
    return true;
}

}  // namespace renozone::plugin
