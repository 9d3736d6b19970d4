// Qt's PDF writer tells readers which character each glyph is (the font's
// ToUnicode map) by the lowest code point the font draws with that glyph. In a
// CJK font that is often a radical: 老 is written as the Kangxi radical ⽼, 车
// as ⻋, so a PDF's text cannot be searched or copied. This names such glyphs by
// the ideograph the same font draws with them, in place (same length).
#pragma once

#include <QByteArray>
#include <QString>

namespace renozone::viewer {

// Corrects the PDF's bytes in place; returns how many names it corrected.
int correct_cjk_text_names(QByteArray& pdf, const QString& font_family);

}  // namespace renozone::viewer
