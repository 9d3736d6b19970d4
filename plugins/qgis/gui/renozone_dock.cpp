#include "renozone_dock.h"

#include "coverage_panel.h"
#include "facility_panel.h"
#include "session.h"
#include "site_panel.h"
#include "unit_panel.h"
#include "wheel_guard.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace renozone::plugin {
namespace {

// A tab asks for a moderate height and scrolls the rest: a window laid out
// from its docks' size hints then still fits a 1366 × 768 screen.
class TabScrollArea : public QScrollArea {
public:
    QSize sizeHint() const override { return QScrollArea::sizeHint().boundedTo(QSize(QWIDGETSIZE_MAX, preferred_height)); }

private:
    static constexpr int preferred_height = 360;
};

QScrollArea* scrolling(QWidget* content) {
    auto* area = new TabScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

}  // namespace

RenozoneDock::RenozoneDock(Session* session, QgsMapCanvas* canvas, const QList<QAction*>& actions, QWidget* parent)
    : QgsDockWidget(tr("renozone — old community renovation"), parent), session_(session) {
    setObjectName(QStringLiteral("RenozoneDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    auto* buttons = new QHBoxLayout;
    for (QAction* action : actions) {
        auto* button = new QToolButton(content);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    source_ = new QLabel(content);
    source_->setObjectName(QStringLiteral("renozoneSourceLabel"));
    source_->setWordWrap(true);
    project_ = new QLabel(content);
    project_->setObjectName(QStringLiteral("renozoneProjectLabel"));
    project_->setWordWrap(true);
    layout->addWidget(source_);
    layout->addWidget(project_);

    tabs_ = new QTabWidget(content);
    tabs_->setObjectName(QStringLiteral("renozoneTabs"));
    coverage_ = new CoveragePanel(session, canvas);
    coverage_->setObjectName(QStringLiteral("renozoneCoveragePanel"));
    unit_ = new UnitPanel(session, canvas);
    unit_->setObjectName(QStringLiteral("renozoneUnitPanel"));
    site_ = new SitePanel(session, canvas);
    site_->setObjectName(QStringLiteral("renozoneSitePanel"));
    // Every tab scrolls, so the dock fits a 1366 × 768 screen with the QGIS window around it.
    tabs_->addTab(scrolling(coverage_), tr("Coverage"));
    tabs_->addTab(scrolling(unit_), tr("Implementation unit"));
    tabs_->addTab(scrolling(site_), tr("Site check"));
    facility_ = new FacilityPanel(session);
    facility_->setObjectName(QStringLiteral("renozoneFacilityPanel"));
    tabs_->addTab(scrolling(facility_), tr("Gaps and siting"));
    layout->addWidget(tabs_, 1);
    setWidget(content);
    widgets::guard_wheel(content);

    connect(session_, &Session::district_changed, this, &RenozoneDock::update_header);
    connect(session_, &Session::project_path_changed, this, &RenozoneDock::update_header);
    connect(session_, &Session::busy_changed, this, [this](bool busy) {
        tabs_->setEnabled(!busy);
        update_header();
    });
    update_header();
}

void RenozoneDock::update_header() {
    const LoadedDistrict* loaded = session_->district();
    source_->setText(session_->busy() ? tr("Working — the task in the status bar shows the progress and can cancel it")
                     : loaded         ? tr("Data: %1").arg(loaded->summary())
                                      : tr("Data: not opened yet"));
    const QString project = session_->project_path();
    project_->setText(project.isEmpty() ? tr("Project: none — tag the data or open a project GeoPackage to save units")
                                        : tr("Project: %1").arg(QFileInfo(project).fileName()));
    project_->setToolTip(project);
}

void RenozoneDock::show_unit_tab() { tabs_->setCurrentIndex(1); }
void RenozoneDock::show_site_tab() { tabs_->setCurrentIndex(2); }
void RenozoneDock::show_facility_tab() { tabs_->setCurrentIndex(3); }

bool RenozoneDock::openData(const QString& source) { return session_->open(source); }
bool RenozoneDock::tagTo(const QString& output) { return session_->tag(output); }
bool RenozoneDock::exportReport(const QString& path) { return session_->export_report(path); }
void RenozoneDock::setProjectPath(const QString& path) { session_->set_project_path(path); }

}  // namespace renozone::plugin
