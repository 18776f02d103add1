"""Run folders and who owns them: the files a run is made of, its statuses and events (`layout`), one reader per
run file that says what is wrong and what it used instead (`files`), creating, listing and managing runs (`store`),
private workspaces in class mode (`workspace`) and exporting a run (`export`).

May import cnnviz.arch, cnnviz.data and cnnviz.models."""
