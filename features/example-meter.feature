# The worked example of docs/plugin-guide.md: a meter with constant values.
description = Example meter with constant readings (plugin guide)
requires = platform
bundles = io.ampgate.meter.example
