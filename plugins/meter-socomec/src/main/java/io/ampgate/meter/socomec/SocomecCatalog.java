package io.ampgate.meter.socomec;

import io.ampgate.modbus.meter.FixedCatalog;
import io.ampgate.modbus.meter.MeterCatalog;
import java.util.Arrays;
import org.osgi.service.component.annotations.Component;

/** The models this plugin reads, for commissioning ({@code modbus:models}, {@code modbus:probe}). */
@Component(service = MeterCatalog.class)
public final class SocomecCatalog extends FixedCatalog {
    public SocomecCatalog() {
        super(SocomecMeter.PID, Arrays.stream(SocomecModel.values()).map(SocomecModel::spec).toList());
    }
}
