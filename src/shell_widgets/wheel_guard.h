// Numeric fields and lists in the side panels take the mouse wheel only once
// focused: scrolling a panel past them must never change a figure (a pipeline
// cost once went from 2,000,000 to 1,300,000 that way). Shared by the viewer
// (Qt 6) and the QGIS plugin (Qt 5).
#pragma once

class QWidget;

namespace renozone::widgets {

// Every spin box and combo box under `root` (now, not ones added later): it
// takes focus by click or Tab, not by the wheel, and while unfocused leaves
// the wheel to the panel or scroll area around it.
void guard_wheel(QWidget* root);

}  // namespace renozone::widgets
