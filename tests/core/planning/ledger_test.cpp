#include "core/base/errors.h"
#include "core/planning/content_items.h"
#include "core/planning/ledger.h"
#include "core/planning/unit_geometry.h"
#include "districts.h"
#include "fixture.h"

#include <gtest/gtest.h>

namespace renozone {
namespace {

LedgerRecord applied(const LedgerChange& c) {
    LedgerRecord r;
    apply_change(r, c);
    return r;
}

TEST(LedgerChange, NormalisesWhatThePlanKnows) {
    LedgerChange c;
    c.phase = "implement";
    c.lead_department = "6";
    c.content = std::vector<std::string>{"water", "加装电梯", "water"};
    c.start_date = "2022-03-01";
    c.end_date = "2022-12-31";
    c.progress_percent = 100;
    const LedgerRecord r = applied(c);
    EXPECT_EQ(r.phase, "实施");
    EXPECT_EQ(r.lead_department, "区规划自然资源局");
    EXPECT_EQ(r.content, (std::vector<std::string>{"water", "lifts"}));
    EXPECT_DOUBLE_EQ(*r.progress_percent, 100);

    LedgerChange member;
    member.lead_department = "凤山街道办事处";  // a member of unit (十三) stays itself
    EXPECT_EQ(applied(member).lead_department, "凤山街道办事处");
}

// A planner types the items as the plan words them: the name, or a part of it.
TEST(LedgerContent, ItemsByKeyNameOrPartOfTheName) {
    auto key_of = [](const std::string& typed) {
        const ContentItem* item = find_content_item(typed);
        return item ? item->key : "(none)";
    };
    EXPECT_EQ(key_of("water"), "water");
    EXPECT_EQ(key_of("供水管网及一户一表"), "water");
    EXPECT_EQ(key_of("供水管网"), "water");
    EXPECT_EQ(key_of("一户一表"), "water");
    EXPECT_EQ(key_of("加装电梯"), "lifts");
    EXPECT_EQ(key_of("雪亮工程"), "security");  // the bracketed part of 安防设施（雪亮工程）
    EXPECT_EQ(key_of("停车场"), "parking");
    EXPECT_EQ(key_of("库"), "(none)");  // of 停车场（库）: one character says nothing
    EXPECT_EQ(key_of("电梯"), "(none)");
    EXPECT_EQ(content_items_near("电梯"), std::vector<std::string>{"加装电梯 (lifts)"});

    LedgerChange c;
    c.content = std::vector<std::string>{"供水管网，加装电梯", "雪亮工程、water"};
    EXPECT_EQ(applied(c).content, (std::vector<std::string>{"water", "lifts", "security"}));
    c.content = std::vector<std::string>{"电梯"};
    try {
        applied(c);
        ADD_FAILURE() << "电梯 accepted";
    } catch (const UsageError& e) {
        EXPECT_EQ(e.input(), Input::content);  // the CLI names --content, a form its field
        EXPECT_EQ(e.problem().en, "'电梯' is not a ledger item (renozone ledger items lists them); did you mean 加装电梯 (lifts)?");
        EXPECT_EQ(e.problem().zh, "'电梯' 不是台账内容项（renozone ledger items 列出全部）；是否指 加装电梯 (lifts)？");
    }
}

TEST(LedgerChange, RefusesBadValuesAndChangesNothing) {
    LedgerRecord r;
    r.name = "before";
    auto refused = [&](LedgerChange c, Input input) {
        c.name = "after";
        try {
            apply_change(r, c);
            ADD_FAILURE() << input_key(input) << " accepted";
        } catch (const UsageError& e) {
            // The value the error is about, for each shell to name (--lead, 牵头单位).
            EXPECT_EQ(e.input(), input) << e.what();
            EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos);
        }
        EXPECT_EQ(r.name, "before");
    };
    LedgerChange c;
    c.lead_department = "区教育委员会";
    refused(c, Input::lead_department);
    c = {};
    c.phase = "someday";
    refused(c, Input::phase);
    c = {};
    c.start_date = "2021-02-30";
    refused(c, Input::start_date);
    c = {};
    c.end_date = "2021/12/01";
    refused(c, Input::end_date);
    c = {};
    c.progress_percent = 120;
    refused(c, Input::progress_percent);
    c = {};
    c.progress_percent = -1;
    refused(c, Input::progress_percent);
    c = {};
    c.content = std::vector<std::string>{"swimming_pool"};
    refused(c, Input::content);
    c = {};
    c.investment_cny = -5;
    refused(c, Input::investment_cny);
    c = {};
    c.funding = FundingSplit{0.5, 0.5, 0.5, 0};
    refused(c, Input::funding);
    c = {};
    c.start_date = "2023-01-01";
    c.end_date = "2022-12-31";
    refused(c, Input::end_date);
}

TEST(LedgerChange, NewRecordNeedsNameScopeAndLead) {
    LedgerRecord r;
    EXPECT_THROW(check_new_record(r), UsageError);
    r.name = "油房沟片区";
    r.communities = {"FS14"};
    EXPECT_THROW(check_new_record(r), UsageError);
    r.lead_department = "区住房城乡建委";
    EXPECT_NO_THROW(check_new_record(r));
}

TEST(LedgerDates, RealCalendarDatesOnly) {
    EXPECT_TRUE(is_iso_date("2024-02-29"));
    EXPECT_FALSE(is_iso_date("2023-02-29"));
    EXPECT_FALSE(is_iso_date("2023-13-01"));
    EXPECT_FALSE(is_iso_date("2023-1-01"));
    EXPECT_FALSE(is_iso_date("tomorrow"));
}

// Scope = unit round B1, B2 ∪ community C3 (B6): 3 buildings, 2,400 + 800 + 1,000
// = 4,200 m², 10 + 5 + 4 = 19 households, 30 + 5 × 2.68 + 10 = 53.4 people;
// B1's 2 lifts, B6 is D-grade.
TEST(LedgerScope, MeasuresTheUnionOfUnitAndCommunities) {
    test::TempDir dir;
    auto d = test::small_district(dir.file("district.gpkg"));
    LedgerRecord r;
    r.communities = {"C3"};
    r.content = {"lifts", "water"};
    r.money.pipeline_cost_cny = 2000000;
    const auto unit = unit_from_wkt(*d, test::small_box(0, 0, 65, 40), "");
    measure_scope(r, *d, unit.geom.get());
    EXPECT_EQ(r.scale.buildings, 3);
    EXPECT_NEAR(r.scale.floor_area_m2, 4200, 1e-6);
    EXPECT_EQ(r.scale.households, 19);
    EXPECT_NEAR(r.scale.people, 53.4, 1e-9);
    EXPECT_EQ(r.scale.lifts, 2);
    EXPECT_EQ(r.scale.d_grade, 1);
    EXPECT_EQ(r.streets, std::vector<std::string>{"凤山街道"});
    EXPECT_NE(r.covered.find("C3 丙小区"), std::string::npos);
    EXPECT_NE(r.covered.find("C1 甲小区 ("), std::string::npos);  // the unit takes part of C1
    EXPECT_DOUBLE_EQ(r.subsidy.lift_subsidy_cny, 160000);
    EXPECT_DOUBLE_EQ(r.subsidy.pipeline_subsidy_cny, 1000000);
    EXPECT_DOUBLE_EQ(r.subsidy.total_cny, 1160000);

    r.content = {"water"};  // no lifts in the project: no lift subsidy
    measure_scope(r, *d, unit.geom.get());
    EXPECT_DOUBLE_EQ(r.subsidy.lift_subsidy_cny, 0);
    r.communities.clear();
    EXPECT_THROW(measure_scope(r, *d, nullptr), UsageError);  // no scope at all
}

// A community given by name is kept by its id, as if the id had been typed.
TEST(LedgerScope, CommunitiesByNameAreKeptByTheirIds) {
    test::TempDir dir;
    auto d = test::small_district(dir.file("district.gpkg"));
    LedgerChange c;
    c.communities = std::vector<std::string>{"丙小区，C1"};
    LedgerRecord r = applied(c);
    measure_scope(r, *d, nullptr);
    EXPECT_EQ(r.communities, (std::vector<std::string>{"C3", "C1"}));
}

}  // namespace
}  // namespace renozone
