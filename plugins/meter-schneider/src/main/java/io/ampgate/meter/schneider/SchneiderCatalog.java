package io.ampgate.meter.schneider;

import io.ampgate.modbus.meter.FixedCatalog;
import io.ampgate.modbus.meter.MeterCatalog;
import java.util.Arrays;
import org.osgi.service.component.annotations.Component;

/** The models this plugin reads, for commissioning ({@code modbus:models}, {@code modbus:probe}). */
@Component(service = MeterCatalog.class)
public final class SchneiderCatalog extends FixedCatalog {
    public SchneiderCatalog() {
        super(SchneiderMeter.PID, Arrays.stream(SchneiderModel.values()).map(SchneiderModel::spec).toList());
    }
}
