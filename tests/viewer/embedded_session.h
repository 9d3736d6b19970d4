// One ViewerSession on the embedded Wulong dataset shared by the tests that
// only read it (loading and analysing it takes most of a second).
#pragma once

#include "viewer_session.h"

namespace renozone::viewer::test {

const ViewerSession& embedded_session();

}  // namespace renozone::viewer::test
