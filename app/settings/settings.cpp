// SPDX-License-Identifier: MIT
#include "settings/settings.h"

#include "common/logging.h"

namespace kombo {

namespace {

const QString kBaseUrl = QStringLiteral("api/baseUrl");
const QString kRecentIds = QStringLiteral("window/recentIds");
const QString kRecentFiles = QStringLiteral("window/recentFiles");
const QString kLastFolder = QStringLiteral("window/lastFolder");
const QString kLastRequirements = QStringLiteral("window/lastRequirementsFile");
const QString kKeepSnapshots = QStringLiteral("history/keepSnapshots");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kTreeHeader = QStringLiteral("window/treeHeader");

// Puts `entry` first in the list under `key`, without duplicates, keeping at most `max`.
void addRecent(QSettings &settings, const QString &key, const QString &entry, int max)
{
    QStringList entries = settings.value(key).toStringList();
    entries.removeAll(entry);
    entries.prepend(entry);
    settings.setValue(key, entries.mid(0, max));
}

} // namespace

Settings::Settings()
{
    // A file that cannot be read gives no values, so every value is its default already. Half-read
    // values of a damaged one could be anything: start from the defaults instead. The file is left
    // alone until something is saved, which then replaces it whole.
    if (m_settings.status() != QSettings::FormatError)
        return;
    qCWarning(lcSettings) << "ignoring damaged settings in" << m_settings.fileName();
    m_settings.clear();
}

QStringList Settings::recentIds() const
{
    return m_settings.value(kRecentIds).toStringList();
}

void Settings::addRecentId(const QString &id)
{
    addRecent(m_settings, kRecentIds, id, kMaxRecentIds);
}

QStringList Settings::recentFiles() const
{
    return m_settings.value(kRecentFiles).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    addRecent(m_settings, kRecentFiles, path, kMaxRecentFiles);
}

QString Settings::baseUrl() const
{
    return m_settings.value(kBaseUrl).toString();
}

void Settings::setBaseUrl(const QString &url)
{
    m_settings.setValue(kBaseUrl, url);
}

bool Settings::keepSnapshots() const
{
    return m_settings.value(kKeepSnapshots, true).toBool();
}

void Settings::setKeepSnapshots(bool keep)
{
    m_settings.setValue(kKeepSnapshots, keep);
}

QString Settings::lastRequirementsFile() const
{
    return m_settings.value(kLastRequirements).toString();
}

void Settings::setLastRequirementsFile(const QString &path)
{
    m_settings.setValue(kLastRequirements, path);
}

QString Settings::lastFolder() const
{
    return m_settings.value(kLastFolder).toString();
}

void Settings::setLastFolder(const QString &folder)
{
    m_settings.setValue(kLastFolder, folder);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray Settings::treeHeaderState() const
{
    return m_settings.value(kTreeHeader).toByteArray();
}

void Settings::setTreeHeaderState(const QByteArray &state)
{
    m_settings.setValue(kTreeHeader, state);
}

} // namespace kombo
