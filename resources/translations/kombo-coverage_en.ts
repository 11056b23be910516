<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>kombo::CompareView</name>
    <message numerus="yes">
        <source>Showing %1 of %2 rows in %n integration(s)</source>
        <translation>
            <numerusform>Showing %1 of %2 rows in %n integration</numerusform>
            <numerusform>Showing %1 of %2 rows in %n integrations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kombo::FilterBar</name>
    <message numerus="yes">
        <source>Showing %1 of %Ln field(s)</source>
        <translation>
            <numerusform>Showing %1 of %Ln field</numerusform>
            <numerusform>Showing %1 of %Ln fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kombo::HistoryPanel</name>
    <message numerus="yes">
        <source>%Ln change(s) to the one before</source>
        <translation>
            <numerusform>%Ln change to the one before</numerusform>
            <numerusform>%Ln changes to the one before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kombo::MainWindow</name>
    <message numerus="yes">
        <source>%Ln change(s) since %1</source>
        <translation>
            <numerusform>%Ln change since %1</numerusform>
            <numerusform>%Ln changes since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) found by checking again.</source>
        <translation>
            <numerusform>%Ln change found by checking again.</numerusform>
            <numerusform>%Ln changes found by checking again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s)</source>
        <translation>
            <numerusform>%n integration</numerusform>
            <numerusform>%n integrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s) could not be loaded: the list marks them and says why when you point at one.</source>
        <translation>
            <numerusform>%n integration could not be loaded: the list marks it and says why when you point at it.</numerusform>
            <numerusform>%n integrations could not be loaded: the list marks them and says why when you point at one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be opened: the list marks them and says why when you point at one.</source>
        <translation>
            <numerusform>%n file could not be opened: the list marks it and says why when you point at it.</numerusform>
            <numerusform>%n files could not be opened: the list marks them and says why when you point at one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading %n integration(s)…</source>
        <translation>
            <numerusform>Loading %n integration…</numerusform>
            <numerusform>Loading %n integrations…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading %n integration(s) was cancelled.</source>
        <translation>
            <numerusform>Loading %n integration was cancelled.</numerusform>
            <numerusform>Loading %n integrations was cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln required met</source>
        <translation>
            <numerusform>%1 of %Ln required met</numerusform>
            <numerusform>%1 of %Ln required met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln optional met</source>
        <translation>
            <numerusform>%1 of %Ln optional met</numerusform>
            <numerusform>%1 of %Ln optional met</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kombo::ReadinessPanel</name>
    <message numerus="yes">
        <source>%1 of %Ln required met</source>
        <translation>
            <numerusform>%1 of %Ln required met</numerusform>
            <numerusform>%1 of %Ln required met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln optional met</source>
        <translation>
            <numerusform>%1 of %Ln optional met</numerusform>
            <numerusform>%1 of %Ln optional met</numerusform>
        </translation>
    </message>
</context>
</TS>
