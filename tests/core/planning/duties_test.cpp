#include "core/planning/duties.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace renozone {
namespace {

// A project with pipelines (water, power, telecom), lifts and elderly care in
// 凤山街道, led by 区住房城乡建委, CNY 5,000,000 invested 40/30/20/10 %.
LedgerRecord pipelines_and_lifts() {
    LedgerRecord r;
    r.id = 3;
    r.name = "下油房沟片区";
    r.streets = {"凤山街道"};
    r.scale.lifts = 2;
    r.content = {"water", "power", "telecom", "lifts", "elderly_care"};
    r.investment_cny = 5000000;
    r.money.pipeline_cost_cny = 2000000;
    r.money.funding = FundingSplit{0.4, 0.3, 0.2, 0.1};
    r.subsidy.lift_subsidy_cny = 160000;
    r.subsidy.pipeline_subsidy_cny = 1000000;
    r.subsidy.total_cny = 1160000;
    r.lead_department = "区住房城乡建委";
    return r;
}

std::vector<Duty> of(const std::vector<Duty>& all, int department) {
    std::vector<Duty> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out), [&](const Duty& d) { return d.department_number == department; });
    return out;
}

const Duty& line(const std::vector<Duty>& all, int department, const std::string& key, const std::string& item = "") {
    for (const auto& d : all)
        if (d.department_number == department && d.duty_key == key && d.item == item) return d;
    throw std::runtime_error("no duty " + std::to_string(department) + " " + key + " " + item);
}

TEST(Duties, PipelinesGiveEachPipelineUnitItsLine) {
    const auto duties = derive_duties(pipelines_and_lifts());
    EXPECT_EQ(line(duties, 10, "power", "power").department, "国网重庆武隆供电公司");
    EXPECT_EQ(line(duties, 11, "water", "water").department, "区自来水公司");
    const auto operators = of(duties, 12);  // each of the four operators
    ASSERT_EQ(operators.size(), 4u);
    EXPECT_EQ(operators[0].member, "区广电网络公司");
    EXPECT_EQ(operators[3].member, "中国电信武隆分公司");
    EXPECT_EQ(operators[1].item, "telecom");
    EXPECT_EQ(of(duties, 3).size(), 2u);  // 区经济信息委 oversees power and telecom (no gas here)
    EXPECT_NE(line(duties, 1, "pipeline_coordination").task.find("管线单位"), std::string::npos);
    EXPECT_DOUBLE_EQ(*line(duties, 5, "subsidy").amount_cny, 1000000);
}

TEST(Duties, LiftsNeedPlanningApprovalAndTheirSubsidy) {
    const auto duties = derive_duties(pipelines_and_lifts());
    const Duty& approval = line(duties, 6, "lifts", "lifts");
    EXPECT_EQ(approval.department, "区规划自然资源局");
    EXPECT_NE(approval.task.find("（2 台）"), std::string::npos) << approval.task;
    EXPECT_DOUBLE_EQ(*line(duties, 5, "subsidy", "lifts").amount_cny, 160000);
    EXPECT_EQ(line(duties, 6, "site", "elderly_care").department, "区规划自然资源局");
    EXPECT_EQ(line(duties, 4, "elderly", "elderly_care").department, "区民政局");
}

TEST(Duties, EveryProjectsCommonLinesWithTheirShares) {
    const auto duties = derive_duties(pipelines_and_lifts());
    EXPECT_EQ(line(duties, 1, "lead").department, "区住房城乡建委");
    EXPECT_EQ(line(duties, 1, "coordination").department, "区住房城乡建委");
    EXPECT_DOUBLE_EQ(*line(duties, 2, "funding").amount_cny, 2000000);  // central 40 %
    const Duty& street = line(duties, 13, "mobilisation");
    EXPECT_EQ(street.member, "凤山街道办事处");
    EXPECT_DOUBLE_EQ(*street.amount_cny, 500000);  // residents 10 %
    EXPECT_TRUE(of(duties, 7).empty());
    EXPECT_TRUE(of(duties, 8).empty());
    EXPECT_EQ(duties.size(), 19u);
    EXPECT_TRUE(std::is_sorted(duties.begin(), duties.end(),
                               [](const Duty& a, const Duty& b) { return a.department_number < b.department_number; }));
    for (const auto& d : duties) EXPECT_EQ(d.ledger_id, 3);
}

TEST(Duties, HeritageInTheScopeBringsTheCultureBureau) {
    LedgerRecord r = pipelines_and_lifts();
    r.content = {"roof"};
    r.scale.heritage = 1;
    EXPECT_EQ(line(derive_duties(r), 8, "heritage", "heritage").department, "区文化旅游委");
    r.scale.heritage = 0;
    EXPECT_TRUE(of(derive_duties(r), 8).empty());
}

TEST(Duties, TwoStreetsShareNoAmount) {
    LedgerRecord r = pipelines_and_lifts();
    r.streets = {"凤山街道", "芙蓉街道"};
    const auto streets = of(derive_duties(r), 13);
    ASSERT_EQ(streets.size(), 2u);
    EXPECT_EQ(streets[1].member, "芙蓉街道办事处");
    EXPECT_FALSE(streets[0].amount_cny);
}

}  // namespace
}  // namespace renozone
