// SPDX-License-Identifier: MIT
#include "common/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace kombo {

void installTranslations(QCoreApplication &application)
{
    const QString ours = QStringLiteral(":/i18n");
    auto *translator = new QTranslator(&application);
    if (!translator->load(QLocale(), QStringLiteral("kombo-coverage"), QStringLiteral("_"), ours) &&
        !translator->load(QStringLiteral("kombo-coverage_en"), ours)) {
        delete translator;
        return;
    }
    QCoreApplication::installTranslator(translator);

    // Qt's standard buttons and dialogs in the language just chosen, not the next one the
    // system lists.
    const QLocale language(translator->language());
    if (language.language() == QLocale::English)
        return;
    auto *qt = new QTranslator(&application);
    if (qt->load(language, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace kombo
