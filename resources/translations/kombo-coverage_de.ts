<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Columns</name>
    <message>
        <source>%1 %2 (unrecognised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unrecognised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available: supported, enabled and not opted out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting of the datapoint in the scope config that you configured in the Kombo dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action fields can&apos;t be configured in the scope config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the datapoint is opted out by your customer in the connection flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action fields can&apos;t be opted out by your customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageStyle</name>
    <message>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrecognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool supports the datapoint and it can be used through Kombo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool does not support the datapoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool supports the datapoint but it was not integrated by Kombo for a given reason (see coverage grid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datapoint is not integrated yet and Kombo has no information about its availability in the tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status this version of Kombo Coverage does not know yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not support it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo has not implemented it for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo does not know whether %1 has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its coverage status %1 is not one this version knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is disabled in the scope config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is optional and the customer opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its model %1 is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API gives no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API key: set KOMBO_API_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key holds white space, a control character or a character that is not plain ASCII; check KOMBO_API_KEY or the key you entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base URL must use https (plain http only to this machine), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base URL must have no user, query or fragment: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an integration ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large to load (limit %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is UTF-16 or UTF-32 text; it must be UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: unexpected content after the top-level object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: required property is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected &quot;success&quot;, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too many different unrecognised values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is larger than 4 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is an API error, not an integration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected to another origin (%1); not followed, so the API key is not sent there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out: no data for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out: the response was not complete within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is larger than %1 MiB; stopped reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent the response in the content encoding &apos;%1&apos;, which was not asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; try again in %1 s (after %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (after %1 attempts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardDialogs</name>
    <message>
        <source>Open saved response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON responses (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save response as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON responses (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everything in the integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what the &amp;filters show, in the shown order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a byte-order mark (for &amp;Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which rows?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an integration ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load it (in the ID box); next match (in the search box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload, keeping your place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a load; clear the search (in the search box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search IDs and labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows (with a header, as for a spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the loaded response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kombo Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kombo Coverage %1&lt;/h3&gt;&lt;p&gt;See what you can read and write through your customers&apos; Kombo integrations.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;br&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;%4 · %5&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo API documentation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SvgSanitiser</name>
    <message>
        <source>the SVG is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG is compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG declares a DTD or entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG embeds an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG holds a script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG embeds foreign content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG links to something outside itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG&apos;s style uses CSS escapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG is too complex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kombo::ApiKeyStore</name>
    <message>
        <source>No keychain is reachable (%1), so a key entered here is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not give the saved key (%1). It is left as it is; a key entered here is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not keep the key (%1): it is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not remove the saved key (%1): remove “Kombo Coverage” from it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kombo::CoverageTreeModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read models (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write actions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kombo::DetailsPane</name>
    <message>
        <source>Select a row to see what it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kombo::FilterBar</name>
    <message>
        <source>Opted out only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search IDs and labels (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln field(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kombo::IntegrationHeader</name>
    <message>
        <source>ACTIVE: the integration is syncing data as expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID: the integration has stopped syncing data because of invalid credentials. Ask your customer to reconnect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INACTIVE: the integration has stopped syncing as it&apos;s been manually set to inactive. You can enable it again in the integration&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status this version of Kombo Coverage does not know yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INCOMPLETE: setup is still in progress; no data is available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINAL_SYNC_PENDING: setup is complete and the final sync is running; data will be available after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMPLETED: setup is finished and the integration is ready to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setup status this version of Kombo Coverage does not know yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No integration loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an integration ID and press Load, open a saved response (Ctrl+O), drop one here, or open the demo from the Help menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1, setup %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, beta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; integration &lt;code&gt;%2&lt;/code&gt; for &lt;b&gt;%3&lt;/b&gt;&lt;br&gt;Created %4 by %5 · origin ID %6 · scope config %7 (&lt;code&gt;%8&lt;/code&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: %1
Creator: %2
Origin ID: %3
Scope config: %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration&apos;s configuration changed on %1: the synced data is out of date until the next successful sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kombo::LoadBar</name>
    <message>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration ID, e.g. factorial:8d1hpPsbjxUkoCoa1veLZGe5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration to load (Ctrl+L); recent IDs are in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo&apos;s region, or a base URL of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kombo::LogoLoader</name>
    <message>
        <source>not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only https logos are fetched, not %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG&apos;s dimensions are unreasonable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected, and then %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent in an encoding that was not asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kombo::MainWindow</name>
    <message>
        <source>Kombo Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows in lighter italics are not available: hover over one, or select it, to see why. The bar before a model&apos;s coverage shows its fields&apos; statuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No integration is loaded yet.

Type an integration ID above and press Load (Ctrl+L),
open a saved response (File → Open, Ctrl+O) or drop one on this window,
or look around the demo (Help → Open demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Summary&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Details&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save response as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open saved response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo API &amp;documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kombo Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the bundled demo. To look at a real integration, enter its ID and press Load; Kombo Coverage asks for an API key (Edit → Settings), or set KOMBO_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the demo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Kombo Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the logo from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is not shown: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still showing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading needs a Kombo API key: enter one in Settings, or set KOMBO_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying in %1 s (attempt %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the response to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the filtered view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ollapse all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kombo::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kombo::SettingsDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo shows your API keys in its &lt;a href=&quot;%1&quot;&gt;dashboard&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kombo API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOMBO_API_KEY is set: its key is used and wins over a key saved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a new key to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is valid for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API refused the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kombo::SummaryPanel</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
