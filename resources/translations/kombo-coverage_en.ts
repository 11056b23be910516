<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
