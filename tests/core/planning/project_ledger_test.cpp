#include "core/base/errors.h"
#include "core/io/gpkg_fields.h"
#include "core/planning/ledger_actions.h"
#include "core/planning/project_store.h"
#include "core/planning/unit_geometry.h"
#include "core/report/ledger_report.h"
#include "districts.h"
#include "fixture.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace renozone {
namespace {

class ProjectLedger : public ::testing::Test {
protected:
    void SetUp() override {
        // Unit 1 round B1 and B2 (2 lifts) in the project.
        ProjectStore store(project, *d->data().working_srs);
        const auto shape = unit_from_wkt(*d, test::small_box(0, 0, 65, 40), "");
        UnitAttributes a;
        a.name = "东片";
        store.add_unit(a, shape.geom.get(), d->ctx(), evaluate_unit(*d, shape.geom.get()));
    }
    LedgerChange first() {
        LedgerChange c;
        c.name = "甲丙片区";
        c.unit_id = 1;
        c.communities = std::vector<std::string>{"C3"};
        c.content = std::vector<std::string>{"water", "power", "telecom", "lifts", "elderly_care"};
        c.phase = "实施";
        c.year = 2022;
        c.investment_cny = 5000000;
        c.pipeline_cost_cny = 2000000;
        c.funding = FundingSplit{0.4, 0.3, 0.2, 0.1};
        c.lead_department = "区住房城乡建委";
        c.start_date = "2022-03-01";
        return c;
    }
    test::TempDir dir;
    std::unique_ptr<District> d = test::small_district(dir.file("district.gpkg"));
    std::string project = dir.file("project.gpkg");
};

TEST_F(ProjectLedger, AddListUpdateRoundTrip) {
    const LedgerRecord added = add_ledger_project(project, *d, new_ledger_record(first()));
    EXPECT_EQ(added.id, 1);
    ProjectStore store(project);
    auto records = store.ledger();
    ASSERT_EQ(records.size(), 1u);
    const LedgerRecord& r = records[0];
    EXPECT_EQ(r.name, "甲丙片区");
    EXPECT_EQ(*r.unit_id, 1);
    EXPECT_EQ(r.communities, std::vector<std::string>{"C3"});
    EXPECT_EQ(r.scale.buildings, 3);
    EXPECT_NEAR(r.scale.floor_area_m2, 4200, 1e-6);
    EXPECT_EQ(r.scale.households, 19);
    EXPECT_EQ(r.content.size(), 5u);
    EXPECT_EQ(r.phase, "实施");
    EXPECT_EQ(*r.year, 2022);
    EXPECT_DOUBLE_EQ(r.money.funding->residents, 0.1);
    EXPECT_DOUBLE_EQ(r.subsidy.total_cny, 1160000);
    EXPECT_EQ(r.start_date, "2022-03-01");
    EXPECT_FALSE(r.progress_percent);
    EXPECT_EQ(store.duties(1).size(), 19u);

    LedgerChange progress;
    progress.progress_percent = 60;
    progress.progress_note = "管网完成，电梯井施工中";
    progress.content = std::vector<std::string>{"water", "power", "lifts", "elderly_care"};  // telecom dropped
    const LedgerRecord updated = update_ledger_project(project, *d, changed_ledger_record(project, 1, progress));
    EXPECT_DOUBLE_EQ(*updated.progress_percent, 60);
    EXPECT_EQ(updated.progress_note, "管网完成，电梯井施工中");
    EXPECT_EQ(updated.name, "甲丙片区");  // untouched fields stay
    EXPECT_EQ(updated.scale.households, 19);
    EXPECT_EQ(ProjectStore(project).duties(1).size(), 14u);  // 区经济信息委's telecom line and the four operators go

    const std::string csv = render_csv(ledger_table(ProjectStore(project).ledger(), true));
    EXPECT_NE(csv.find("供水管网及一户一表、供电线路"), std::string::npos) << csv;
    EXPECT_NE(csv.find(",5000000,2000000,2000000,1500000,1000000,500000,160000,1000000,1160000,60,2022-03-01,,"),
              std::string::npos) << csv;
}

TEST_F(ProjectLedger, BadChangesLeaveTheProjectUnchanged) {
    add_ledger_project(project, *d, new_ledger_record(first()));
    const auto bytes = std::filesystem::file_size(project);
    const auto before = ProjectStore(project).ledger()[0].updated;
    LedgerChange bad;
    bad.progress_percent = 120;
    EXPECT_THROW(changed_ledger_record(project, 1, bad), UsageError);
    bad = {};
    bad.unit_id = 9;  // no such unit: found only while measuring
    const LedgerRecord r = changed_ledger_record(project, 1, bad);
    EXPECT_THROW(update_ledger_project(project, *d, r), InputError);
    EXPECT_THROW(changed_ledger_record(project, 5, {}), InputError);
    ProjectStore store(project);
    EXPECT_EQ(*store.ledger()[0].unit_id, 1);
    EXPECT_EQ(store.ledger()[0].updated, before);
    EXPECT_EQ(store.duties(1).size(), 19u);
    EXPECT_EQ(std::filesystem::file_size(project), bytes);
}

TEST_F(ProjectLedger, AFailureInsideTheTransactionWritesNothing) {
    add_ledger_project(project, *d, new_ledger_record(first()));
    ProjectStore store(project);
    OGRLayer* duties = store.dataset().GetLayerByName("duties");
    ASSERT_NE(duties, nullptr);
    EXPECT_THROW(in_transaction(store.dataset(), [&] {
                     OGRFeature f(duties->GetLayerDefn());
                     f.SetField("ledger_id", 1);
                     insert_feature(*duties, f);
                     throw OutputError("disk full");
                 }),
                 OutputError);
    EXPECT_EQ(duties->GetFeatureCount(), 19);
    EXPECT_EQ(store.duties(1).size(), 19u);
}

TEST_F(ProjectLedger, NoProjectFileForAScopeThatCannotBeMeasured) {
    const std::string elsewhere = dir.file("new.gpkg");
    LedgerChange c = first();  // unit 1 of a project that does not exist
    EXPECT_THROW(add_ledger_project(elsewhere, *d, new_ledger_record(c)), InputError);
    c.unit_id.reset();
    c.communities = std::vector<std::string>{"C9"};
    EXPECT_THROW(add_ledger_project(elsewhere, *d, new_ledger_record(c)), InputError);
    EXPECT_FALSE(std::filesystem::exists(elsewhere));
    c.communities = std::vector<std::string>{"C1"};
    EXPECT_EQ(add_ledger_project(elsewhere, *d, new_ledger_record(c)).scale.buildings, 4);
}

}  // namespace
}  // namespace renozone
