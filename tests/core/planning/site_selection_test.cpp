#include "core/base/errors.h"
#include "core/io/dataset_loader.h"
#include "core/planning/site_selection.h"
#include "core/report/site_selection_report.h"
#include "facility_district.h"
#include "fixture.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>
#include <memory>

namespace renozone {
namespace {

Candidate at(const std::string& id, double x, double y) { return {id, {test::fixture_x + x, test::fixture_y + y}}; }

class SiteSelectionTest : public ::testing::Test {
protected:
    void SetUp() override {
        test::write_facility_rules(dir.file("rules.json"));
        district = std::make_unique<District>(load_dataset(test::write_facility_district(dir.file("district.gpkg"))));
        checker = std::make_unique<SiteChecker>(*district, load_site_rules(dir.file("rules.json")));
    }
    test::TempDir dir;
    std::unique_ptr<District> district;
    std::unique_ptr<SiteChecker> checker;
};

// K1 already covers B1 and B2 (15 households, straight line). P1 (150,100)
// reaches B3 12 + B5 3 + B10 8 = 23; P2 (50,200) reaches B10 8 + B6 4 = 12;
// P3 (515,50) reaches B9 2.
TEST_F(SiteSelectionTest, ExistingFacilitiesAreKeptAndEachSiteAddsItsMarginal) {
    const std::vector<Candidate> candidates{at("P1", 150, 100), at("P2", 50, 200), at("P3", 515, 50)};
    const auto s = suggest_sites(*checker, "kindergarten", candidates, {2, false, false, 60});
    EXPECT_EQ(s.method, "greedy");
    EXPECT_EQ(s.households, 44);
    EXPECT_EQ(s.existing_covered_households, 15);
    EXPECT_EQ(s.useful_candidates, 3u);
    ASSERT_EQ(s.sites.size(), 2u);
    EXPECT_EQ(s.sites[0].id, "P1");
    EXPECT_EQ(s.sites[0].marginal_households, 23);
    EXPECT_EQ(s.sites[0].marginal_buildings, 3);
    ASSERT_EQ(s.sites[0].communities.size(), 1u);
    EXPECT_EQ(district->data().communities[s.sites[0].communities[0].first].id, "C1");
    EXPECT_EQ(s.sites[1].id, "P2");
    EXPECT_EQ(s.sites[1].marginal_households, 4);  // B10 is P1's already
    EXPECT_EQ(s.sites[1].reach_households, 12);
    EXPECT_EQ(district->data().communities[s.sites[1].communities[0].first].id, "C3");
    EXPECT_EQ(s.new_covered_households, 27);
    EXPECT_EQ(s.covered_households, 42);
}

TEST_F(SiteSelectionTest, ExactAgreesWhereGreedyIsOptimal) {
    const std::vector<Candidate> candidates{at("P1", 150, 100), at("P2", 50, 200), at("P3", 515, 50)};
    const auto s = suggest_sites(*checker, "kindergarten", candidates, {2, true, false, 60});
    EXPECT_EQ(s.method, "exact");
    EXPECT_TRUE(s.proven_optimal);
    EXPECT_EQ(s.new_covered_households, 27);
    EXPECT_EQ(*s.greedy_new_covered_households, 27);
    EXPECT_EQ(*s.gap_households, 0);
}

// What the CLI's progress line and the QGIS plugin's cancel button stand on.
TEST_F(SiteSelectionTest, GridAndSelectionReportProgressToTheEndAndStopWhenItThrows) {
    struct Report {
        Stage stage;
        long long done, total;
    };
    std::vector<Report> reports;
    const ProgressFn record = [&](const ProgressStage& stage, long long done, long long total) {
        reports.push_back({stage.stage, done, total});
    };
    const auto grid = grid_candidates(*district, checker->rules(), 10, record);
    ASSERT_FALSE(reports.empty());
    for (std::size_t i = 1; i < reports.size(); ++i) EXPECT_EQ(reports[i].done, reports[i - 1].done + 1);
    EXPECT_EQ(reports.back().done, reports.back().total);
    const auto silent = grid_candidates(*district, checker->rules(), 10);
    ASSERT_EQ(grid.size(), silent.size());

    reports.clear();
    const auto with_progress = suggest_sites(*checker, "kindergarten", grid, {2, false, false, 60}, record);
    ASSERT_FALSE(reports.empty());
    EXPECT_EQ(reports.back().done, static_cast<long long>(grid.size()));
    EXPECT_EQ(reports.back().total, static_cast<long long>(grid.size()));
    EXPECT_EQ(with_progress.new_covered_households, suggest_sites(*checker, "kindergarten", grid, {2, false, false, 60}).new_covered_households);

    struct Stop {};
    const ProgressFn stop = [](const ProgressStage&, long long, long long) { throw Stop{}; };
    EXPECT_THROW(grid_candidates(*district, checker->rules(), 10, stop), Stop);
    EXPECT_THROW(suggest_sites(*checker, "kindergarten", grid, {2, false, false, 60}, stop), Stop);
}

TEST_F(SiteSelectionTest, CountBelowOneAndUnknownTypeAreUsageErrors) {
    EXPECT_THROW(suggest_sites(*checker, "kindergarten", {}, {0, false, false, 60}), UsageError);
    EXPECT_THROW(suggest_sites(*checker, "zoo", {}, {1, false, false, 60}), UsageError);
}

// tests/data/sites: four buildings on a line where greedy takes the wrong first site.
class GreedyTrap : public ::testing::Test {
protected:
    void SetUp() override {
        const std::string folder = test::source_root() + "/tests/data/sites/";
        InputSpec spec;
        spec.sources["communities"] = SourceSpec{folder + "communities.geojson"};
        spec.sources["buildings"] = SourceSpec{folder + "buildings.geojson"};
        district = std::make_unique<District>(load_dataset(spec));
        checker = std::make_unique<SiteChecker>(*district, load_site_rules(folder + "rules.json"));
        candidates = candidates_from_source(*district, folder + "candidates.geojson", "", "");
    }
    std::unique_ptr<District> district;
    std::unique_ptr<SiteChecker> checker;
    std::vector<Candidate> candidates;
};

TEST_F(GreedyTrap, CandidatesFromALayerKeepTheirIds) {
    ASSERT_EQ(candidates.size(), 3u);
    EXPECT_EQ(candidates[0].id, "S1");
    EXPECT_DOUBLE_EQ(candidates[0].point.x, 477090);
    EXPECT_DOUBLE_EQ(candidates[0].point.y, 3246000);
}

TEST_F(GreedyTrap, GreedyIsFourHouseholdsShortOfTheOptimum) {
    const auto greedy = suggest_sites(*checker, "kindergarten", candidates, {2, false, true, 60});
    EXPECT_EQ(greedy.new_covered_households, 14);
    EXPECT_EQ(greedy.sites[0].id, "S1");

    const auto exact = suggest_sites(*checker, "kindergarten", candidates, {2, true, true, 60});
    EXPECT_TRUE(exact.proven_optimal);
    EXPECT_EQ(exact.new_covered_households, 18);
    EXPECT_EQ(exact.covered_households, 18);
    EXPECT_EQ(*exact.greedy_new_covered_households, 14);
    EXPECT_EQ(*exact.gap_households, 4);
    EXPECT_NEAR(*exact.gap_percent, 100.0 * 4 / 18, 1e-9);
    ASSERT_EQ(exact.sites.size(), 2u);
    EXPECT_EQ(exact.sites[0].id, "S2");  // 9 each; the first listed goes first
    EXPECT_EQ(exact.sites[0].marginal_households, 9);
    EXPECT_EQ(exact.sites[1].id, "S3");
    EXPECT_EQ(exact.sites[1].marginal_households, 9);

    const auto j = site_selection_json(*district, exact);
    EXPECT_EQ(j["method"], "exact");
    EXPECT_EQ(j["covered_households"], 18);
    EXPECT_EQ(j["gap_households"], 4);
    EXPECT_EQ(j["gap_percent"], 22.22);
    EXPECT_EQ(j["sites"][0]["x"], 476910.0);
    EXPECT_EQ(j["sites"][0]["communities"][0]["id"], "L1");
    EXPECT_EQ(j["sites"][0]["communities"][0]["households"], 9);
}

std::string error_of(const std::function<void()>& call) {
    try {
        call();
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

TEST_F(GreedyTrap, CandidateSourceErrorsNameTheSource) {
    const std::string path = test::source_root() + "/tests/data/sites/candidates.geojson";
    EXPECT_NE(error_of([&] { candidates_from_source(*district, "nowhere.gpkg", "", ""); }).find("nowhere.gpkg"), std::string::npos);
    EXPECT_NE(error_of([&] { candidates_from_source(*district, path, "other", ""); }).find("no layer 'other'"), std::string::npos);
    // Metres read as Web Mercator land in the Sahara.
    EXPECT_NE(error_of([&] { candidates_from_source(*district, path, "", "EPSG:3857"); }).find("lies outside the data"),
              std::string::npos);
}

}  // namespace
}  // namespace renozone
