#include "map_tool.h"

#include "map_canvas.h"

namespace renozone::viewer {

MapTool::MapTool(MapCanvas* canvas) : QObject(canvas), canvas_(canvas) {}

}  // namespace renozone::viewer
