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
</TS>
