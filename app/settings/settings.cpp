// SPDX-License-Identifier: MIT
#include "settings/settings.h"

namespace kombo {

namespace {

const QString kBaseUrl = QStringLiteral("api/baseUrl");
const QString kRecentIds = QStringLiteral("window/recentIds");
const QString kLastFolder = QStringLiteral("window/lastFolder");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kTreeHeader = QStringLiteral("window/treeHeader");

} // namespace

QStringList Settings::recentIds() const
{
    return m_settings.value(kRecentIds).toStringList();
}

void Settings::addRecentId(const QString &id)
{
    QStringList ids = recentIds();
    ids.removeAll(id);
    ids.prepend(id);
    m_settings.setValue(kRecentIds, ids.mid(0, kMaxRecentIds));
}

QString Settings::baseUrl() const
{
    return m_settings.value(kBaseUrl).toString();
}

void Settings::setBaseUrl(const QString &url)
{
    m_settings.setValue(kBaseUrl, url);
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
