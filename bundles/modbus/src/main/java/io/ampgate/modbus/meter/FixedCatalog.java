package io.ampgate.modbus.meter;

import java.util.List;

/** A plugin's catalog of fixed models: its DS component extends this with its PID and models. */
public abstract class FixedCatalog implements MeterCatalog {
    private final String pid;
    private final List<MeterModel> models;

    protected FixedCatalog(String pid, List<MeterModel> models) {
        this.pid = pid;
        this.models = List.copyOf(models);
    }

    @Override
    public final String pid() {
        return pid;
    }

    @Override
    public final List<MeterModel> models() {
        return models;
    }
}
