#include "core/planning/monthly_progress.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace renozone {
namespace {

TEST(MonthlyProgress, MonthsAreReadStrictlyAndStartAtMidnightInChina) {
    EXPECT_EQ(parse_month("2024-06")->text(), "2024-06");
    EXPECT_EQ(parse_month("2024-6")->text(), "2024-06");
    for (const char* bad : {"2024-13", "2024-00", "24-06", "2024-06-01", "June", ""}) EXPECT_FALSE(parse_month(bad)) << bad;
    EXPECT_EQ(parse_month("2024-03")->start_utc(), "2024-02-29T16:00:00Z");  // a leap year's February
    EXPECT_EQ(parse_month("2023-03")->start_utc(), "2023-02-28T16:00:00Z");
    EXPECT_EQ(parse_month("2024-01")->start_utc(), "2023-12-31T16:00:00Z");
    EXPECT_EQ(parse_month("2024-01")->before().text(), "2023-12");
}

LedgerRecord record(long long id, const std::string& name, std::optional<double> progress) {
    LedgerRecord r;
    r.id = id;
    r.name = name;
    r.progress_percent = progress;
    r.phase = "实施";
    return r;
}

LedgerChangeRow change(long long id, long long version, const std::string& at, const std::string& by, const std::string& field,
                       const std::string& before, const std::string& after) {
    return {id, version, at, by, field, before, after};
}

const ProjectMonth* find(const MonthlyProgress& m, long long id) {
    for (const auto& p : m.projects)
        if (p.id == id) return &p;
    return nullptr;
}

// The ledger as it is now, and how it got there (UTC instants; the months are China's).
struct Ledger {
    std::vector<LedgerRecord> records{record(1, "油房沟", 60), record(2, "新增", 5), record(3, "七月", 1),
                                      record(4, "老台账", 70), record(5, "后填", 20)};
    std::vector<LedgerChangeRow> history{
        change(1, 1, "2024-05-10T02:00:00Z", "wang", "name", "", "油房沟"),
        change(1, 1, "2024-05-10T02:00:00Z", "wang", "progress_percent", "", "10"),
        change(1, 2, "2024-06-15T03:00:00Z", "alice", "progress_percent", "10", "40"),
        change(1, 3, "2024-06-30T15:59:59Z", "carol", "progress_note", "", "外墙完工"),  // 23:59:59 on 30 June in China
        change(1, 4, "2024-06-30T16:00:00Z", "bob", "progress_percent", "40", "60"),    // midnight, 1 July in China
        change(2, 1, "2024-06-20T00:00:00Z", "wang", "progress_percent", "", "5"),
        change(3, 1, "2024-07-02T00:00:00Z", "wang", "progress_percent", "", "1"),
        change(5, 1, "2024-05-02T00:00:00Z", "wang", "name", "", "后填"),
        change(5, 2, "2024-06-03T00:00:00Z", "alice", "progress_percent", "", "20"),
    };
};

TEST(MonthlyProgress, EachProjectAtTheEndOfTheMonthAndItsChange) {
    const Ledger ledger;
    const MonthlyProgress june = monthly_progress(ledger.records, ledger.history, *parse_month("2024-06"));
    ASSERT_EQ(june.projects.size(), 4u);  // project 3 comes in July
    EXPECT_FALSE(find(june, 3));

    const ProjectMonth& one = *find(june, 1);
    EXPECT_EQ(*one.progress, 40);  // 60 came at midnight on 1 July
    EXPECT_EQ(*one.progress_before, 10);
    EXPECT_EQ(*one.change(), 30);
    EXPECT_EQ(one.note, "外墙完工");  // a second before midnight: still June
    EXPECT_EQ(one.changes, 2);
    EXPECT_EQ(one.changed_by, (std::vector<std::string>{"alice", "carol"}));
    EXPECT_FALSE(one.new_this_month);

    const ProjectMonth& two = *find(june, 2);
    EXPECT_TRUE(two.new_this_month);
    EXPECT_FALSE(two.progress_before);
    EXPECT_EQ(*two.change(), 5);  // a new project counts from nothing

    const ProjectMonth& four = *find(june, 4);  // no history: added before the ledger kept one
    EXPECT_TRUE(four.before_history);
    EXPECT_EQ(*four.progress, 70);
    EXPECT_EQ(*four.progress_before, 70);
    EXPECT_EQ(*four.change(), 0);

    const ProjectMonth& five = *find(june, 5);  // progress first given in June
    EXPECT_FALSE(five.progress_before);
    EXPECT_EQ(*five.progress, 20);
    EXPECT_EQ(*five.change(), 20);

    EXPECT_EQ(june.added, 1);
    EXPECT_EQ(june.changed, 3);  // 1, 2 and 5
    EXPECT_EQ(june.completed, 0);
    EXPECT_DOUBLE_EQ(*june.mean_progress, (40 + 5 + 70 + 20) / 4.0);
    EXPECT_DOUBLE_EQ(*june.mean_progress_before, (10 + 70) / 2.0);  // 5 had none yet, 2 was not there

    const MonthlyProgress july = monthly_progress(ledger.records, ledger.history, *parse_month("2024-07"));
    EXPECT_EQ(*find(july, 1)->progress, 60);
    EXPECT_EQ(*find(july, 1)->change(), 20);
    EXPECT_EQ(find(july, 1)->changed_by, std::vector<std::string>{"bob"});
    EXPECT_TRUE(find(july, 3)->new_this_month);

    const MonthlyProgress may = monthly_progress(ledger.records, ledger.history, *parse_month("2024-05"));
    EXPECT_EQ(may.projects.size(), 3u);  // 1, 4 (there before the history) and 5
    EXPECT_EQ(*find(may, 1)->progress, 10);
    EXPECT_FALSE(find(may, 5)->progress);
}

TEST(MonthlyProgress, AProjectAtAHundredIsCompleted) {
    Ledger ledger;
    ledger.records[0].progress_percent = 100;
    ledger.history.push_back(change(1, 5, "2024-07-10T00:00:00Z", "bob", "progress_percent", "60", "100"));
    const MonthlyProgress july = monthly_progress(ledger.records, ledger.history, *parse_month("2024-07"));
    EXPECT_EQ(july.completed, 1);
    EXPECT_EQ(july.completed_before, 0);
    const MonthlyProgress august = monthly_progress(ledger.records, ledger.history, *parse_month("2024-08"));
    EXPECT_EQ(august.completed_before, 1);
    EXPECT_EQ(*find(august, 1)->change(), 0);
    EXPECT_EQ(august.changed, 0);
}

}  // namespace
}  // namespace renozone
