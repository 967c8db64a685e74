package io.ampgate.simulator.modbus;

/** How the simulator treats a request for a unit id it does not have. */
public enum UnknownUnits {
    /** No answer at all, like most TCP-to-RTU gateways with a wrong unit id: the master times out. */
    SILENT,
    /** Exception 0x0B, "gateway target device failed to respond". */
    GATEWAY_EXCEPTION
}
