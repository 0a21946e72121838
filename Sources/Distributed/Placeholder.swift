@_exported import Local
