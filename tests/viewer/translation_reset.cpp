#include "translation_reset.h"

#include <QCoreApplication>
#include <QTranslator>

namespace renozone::viewer::test {

void remove_translations() {
    for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

}  // namespace renozone::viewer::test
