// The funding split both shells' unit tests type in (40/30/20/10 %), checked as
// the project stores it. Header only: the viewer's and the plugin's test
// binaries use it without the core test support library.
#pragma once

#include "core/planning/unit_evaluation.h"

#include <gtest/gtest.h>

#include <optional>

namespace renozone::shell_test {

inline void expect_typed_funding_saved(const std::optional<FundingSplit>& funding) {
    ASSERT_TRUE(funding);
    EXPECT_DOUBLE_EQ(funding->central, 0.4);
    EXPECT_DOUBLE_EQ(funding->municipal, 0.3);
    EXPECT_DOUBLE_EQ(funding->district, 0.2);
    EXPECT_DOUBLE_EQ(funding->residents, 0.1);
}

}  // namespace renozone::shell_test
