package io.ampgate.meter.eastron;

import io.ampgate.modbus.meter.FixedCatalog;
import io.ampgate.modbus.meter.MeterCatalog;
import java.util.Arrays;
import org.osgi.service.component.annotations.Component;

/** The models this plugin reads, for commissioning ({@code modbus:models}, {@code modbus:probe}). */
@Component(service = MeterCatalog.class)
public final class EastronCatalog extends FixedCatalog {
    public EastronCatalog() {
        super(EastronMeter.PID, Arrays.stream(EastronModel.values()).map(EastronModel::spec).toList());
    }
}
