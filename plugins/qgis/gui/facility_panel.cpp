#include "facility_panel.h"

#include "core/planning/site_candidates.h"
#include "core/report/facility_gaps_report.h"
#include "core/report/site_selection_report.h"
#include "engine_text.h"
#include "facility_type_box.h"
#include "figure_format.h"
#include "result_layers.h"
#include "session.h"

#include <qgsvectorlayer.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QPointer>
#include <QVBoxLayout>

#include <memory>
#include <optional>
#include <utility>

namespace renozone::plugin {

// The gaps with their layers and JSON, all made on the task's thread: a city
// leaves a million homes out, and making their features froze QGIS for 10 s.
struct GapsShown {
    FacilityGaps gaps;
    TaskLayer uncovered_buildings, communities;
    QString json;
};

namespace {

// One part of a task's work on its bar: the part's reports scaled into from..to percent.
ProgressFn part_of(const ProgressFn& progress, long long from, long long to) {
    return [progress, from, to](const ProgressStage& stage, long long done, long long total) {
        progress(stage, from + (total > 0 ? (to - from) * done / total : 0), 100);
    };
}

QLabel* summary_label(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    return label;
}

}  // namespace

FacilityPanel::FacilityPanel(Session* session, QWidget* parent) : QWidget(parent), session_(session) {
    auto* outer = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    type_ = new QComboBox(this);
    type_->setObjectName(QStringLiteral("renozoneFacilityType"));
    type_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    type_->setMinimumContentsLength(10);
    form->addRow(tr("Facility type"), type_);
    euclidean_ = new QCheckBox(tr("Straight-line distance (not along the roads)"), this);
    form->addRow(euclidean_);
    outer->addLayout(form);

    auto* gaps_box = new QGroupBox(tr("Facility gaps"), this);
    auto* gaps = new QVBoxLayout(gaps_box);
    auto* show_gaps_button = new QPushButton(tr("Show who the existing facilities miss"), gaps_box);
    show_gaps_button->setObjectName(QStringLiteral("renozoneShowGapsButton"));
    gaps_summary_ = summary_label(gaps_box, QStringLiteral("renozoneGapsSummary"));
    gaps->addWidget(show_gaps_button);
    gaps->addWidget(gaps_summary_);
    outer->addWidget(gaps_box);

    auto* siting_box = new QGroupBox(tr("Optimal siting"), this);
    auto* siting = new QFormLayout(siting_box);
    count_ = new QSpinBox(siting_box);
    count_->setObjectName(QStringLiteral("renozoneSiteCount"));
    count_->setRange(1, 50);
    count_->setValue(3);
    siting->addRow(tr("New sites"), count_);
    spacing_ = new QDoubleSpinBox(siting_box);
    spacing_->setObjectName(QStringLiteral("renozoneGridSpacing"));
    spacing_->setRange(10, 1000);
    spacing_->setValue(50);
    spacing_->setSuffix(QStringLiteral(" m"));
    siting->addRow(tr("Grid over open land every"), spacing_);
    auto* suggest_button = new QPushButton(tr("Suggest sites"), siting_box);
    suggest_button->setObjectName(QStringLiteral("renozoneSuggestSitesButton"));
    siting->addRow(suggest_button);
    selection_summary_ = summary_label(siting_box, QStringLiteral("renozoneSelectionSummary"));
    siting->addRow(selection_summary_);
    outer->addWidget(siting_box);
    outer->addStretch(1);

    connect(show_gaps_button, &QPushButton::clicked, this, &FacilityPanel::show_gaps);
    connect(suggest_button, &QPushButton::clicked, this, &FacilityPanel::suggest_sites);
    connect(session_, &Session::district_changed, this, &FacilityPanel::fill_types);
    fill_types();
}

void FacilityPanel::fill_types() {
    try {
        fill_facility_types(*type_, session_->district());
    } catch (const std::exception& e) {
        gaps_summary_->setText(error_text(e));
    }
}

std::string FacilityPanel::type() const { return ss(type_->currentData().toString()); }

// `compute` runs as the session's task; when it ends, `show` puts its result
// on the map, or `summary` says why there is none and `json` is emptied.
template <typename Result, typename Compute, typename Show>
bool FacilityPanel::start(const QString& description, const QString& working, QLabel* summary, QString& json, Compute compute,
                          Show show) {
    auto result = std::make_shared<std::optional<Result>>();
    QPointer<FacilityPanel> self(this);
    const bool started = session_->run_task(
        description, [result, compute](const ProgressFn& progress) { result->emplace(compute(progress)); },
        [self, result, summary, &json, show](bool succeeded, bool canceled, const QString& error) {
            if (!self) return;  // the dock is gone: so are summary and json
            try {
                // Making the layers and the JSON can fail too (text that is not UTF-8): never let it reach Qt.
                if (succeeded) return show(**result);
                summary->setText(canceled ? tr("Canceled") : error);
            } catch (const std::exception& e) {
                summary->setText(error_text(e));
            }
            json.clear();
        });
    if (started) summary->setText(working);
    return started;
}

bool FacilityPanel::show_gaps() {
    const LoadedDistrict* loaded = session_->district();
    if (!loaded || type_->currentIndex() < 0) return false;
    const GapOptions options{!euclidean_->isChecked(), 100};
    return start<GapsShown>(
        tr("renozone: facility gaps"), tr("Finding the gaps …"), gaps_summary_, last_gaps_json_,
        [loaded, options, type = type()](const ProgressFn& progress) {
            const SiteChecker& checker = loaded->site_checker();  // builds the road network the first time
            const District& district = loaded->district();
            const QgsCoordinateReferenceSystem& crs = loaded->working_crs();
            GapsShown shown{facility_gaps(checker, type, options, part_of(progress, 0, 60)), nullptr, nullptr, {}};
            TaskLayer uncovered = uncovered_buildings_layer(district, shown.gaps, crs, part_of(progress, 60, 100));
            TaskLayer communities = gap_communities_layer(district, shown.gaps, crs);
            shown.json = qs(gaps_json(district, shown.gaps).dump());
            // The last report: a cancel until here frees the layers on this thread, not QGIS's.
            progress(Stage::preparing_map_layers, 1, 1);
            shown.uncovered_buildings = for_gui_thread(std::move(uncovered));
            shown.communities = for_gui_thread(std::move(communities));
            return shown;
        },
        [this](GapsShown& shown) { show_gaps_result(shown); });
}

void FacilityPanel::show_gaps_result(GapsShown& shown) {
    session_->show_result_layer(shown.uncovered_buildings.release());
    session_->show_result_layer(shown.communities.release());
    const FacilityGaps& gaps = shown.gaps;
    gaps_summary_->setText(tr("%1 of %2 households reached within %3 m (%4); %5 of %6 communities not fully covered")
                               .arg(format::count(gaps.district.covered_households), format::count(gaps.district.households),
                                    format::number(gaps.rule.radius_m.value), format::percent(gaps.district.coverage_percent()),
                                    format::count(gaps.substandard_communities), format::count(gaps.communities)));
    last_gaps_json_ = std::move(shown.json);
}

bool FacilityPanel::suggest_sites() {
    const LoadedDistrict* loaded = session_->district();
    if (!loaded || type_->currentIndex() < 0) return false;
    const SiteSelectionOptions options{count_->value(), false, !euclidean_->isChecked(), 60};
    return start<SiteSelection>(
        tr("renozone: suggesting sites"), tr("Choosing the sites …"), selection_summary_, last_selection_json_,
        [loaded, options, type = type(), spacing = spacing_->value()](const ProgressFn& progress) {
            const SiteChecker& checker = loaded->site_checker();  // builds the road network the first time
            const auto candidates = grid_candidates(loaded->district(), checker.rules(), spacing, progress);
            return renozone::suggest_sites(checker, type, candidates, options, progress);
        },
        [this](const SiteSelection& selection) { show_selection_result(selection); });
}

void FacilityPanel::show_selection_result(const SiteSelection& selection) {
    const LoadedDistrict* loaded = session_->district();
    const District& district = loaded->district();
    session_->show_result_layer(suggested_sites_layer(district, selection, loaded->working_crs()));
    selection_summary_->setText(tr("%1 new sites reach %2 more households: %3 of %4 reached in all")
                                    .arg(selection.sites.size())
                                    .arg(format::count(selection.new_covered_households),
                                         format::count(selection.covered_households), format::count(selection.households)));
    last_selection_json_ = qs(site_selection_json(district, selection).dump());
}

}  // namespace renozone::plugin
