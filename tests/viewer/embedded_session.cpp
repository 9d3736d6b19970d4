#include "embedded_session.h"

namespace renozone::viewer::test {

const ViewerSession& embedded_session() {
    static const ViewerSession session;
    return session;
}

}  // namespace renozone::viewer::test
