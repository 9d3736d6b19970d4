#include "core/io/duplicate_ids.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace renozone {
namespace {

std::vector<std::string> messages(const Findings& findings) {
    std::vector<std::string> out;
    for (const auto& f : findings.items) out.push_back(f.message);
    return out;
}

// Enough ids for the check to split the work: every thread count finds the
// same repeats, reported in the order of the ids, naming the first holder.
TEST(DuplicateIds, EveryThreadCountFindsTheSameRepeatsInOrder) {
    std::vector<std::string> texts;
    for (int i = 0; i < 250000; ++i) texts.push_back("B" + std::to_string(i));
    std::vector<std::string> repeated;
    for (int i = 0; i < 250000; i += 997) repeated.push_back("B" + std::to_string(i));
    texts.insert(texts.begin() + 100000, repeated.begin(), repeated.end());  // repeats of earlier and later ids
    FeatureIds ids;
    for (std::size_t i = 0; i < texts.size(); ++i) ids.add(static_cast<std::int64_t>(i) + 1, texts[i]);

    Findings one;
    check_duplicate_ids(ids, "buildings", "b.gpkg (buildings)", one, 1);
    ASSERT_EQ(one.items.size(), repeated.size());
    EXPECT_EQ(one.items.front().message, "b.gpkg (buildings): id 'B0' is used by features 1 and 100001");
    // B249250 comes after the block of repeats, so the block holds it first.
    const std::size_t block = repeated.size();
    EXPECT_EQ(one.items.back().message, "b.gpkg (buildings): id 'B249250' is used by features " +
                                            std::to_string(100000 + block) + " and " + std::to_string(249250 + block + 1));
    for (int threads : {2, 3, 4}) {
        Findings many;
        check_duplicate_ids(ids, "buildings", "b.gpkg (buildings)", many, threads);
        EXPECT_EQ(messages(many), messages(one)) << threads << " threads";
    }
}

}  // namespace
}  // namespace renozone
