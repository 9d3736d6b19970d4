// Back to the viewer's source language (Chinese) between translation tests.
#pragma once

namespace renozone::viewer::test {

void remove_translations();

}  // namespace renozone::viewer::test
