// SPDX-License-Identifier: MIT
#pragma once

class QCoreApplication;

namespace kombo {

// Installs the window's language (SPEC §7): the first of the system's languages we ship
// (LANGUAGE=en forces English), else English, whose translation holds its plural forms; then
// Qt's own strings in the same language, where Debian's qt6-translations-l10n installed them.
// The command line never calls this: it speaks English whatever the locale.
void installTranslations(QCoreApplication &application);

} // namespace kombo
