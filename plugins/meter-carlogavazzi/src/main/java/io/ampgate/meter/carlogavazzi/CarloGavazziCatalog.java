package io.ampgate.meter.carlogavazzi;

import io.ampgate.modbus.meter.FixedCatalog;
import io.ampgate.modbus.meter.MeterCatalog;
import java.util.Arrays;
import org.osgi.service.component.annotations.Component;

/** The models this plugin reads, for commissioning ({@code modbus:models}, {@code modbus:probe}). */
@Component(service = MeterCatalog.class)
public final class CarloGavazziCatalog extends FixedCatalog {
    public CarloGavazziCatalog() {
        super(CarloGavazziMeter.PID, Arrays.stream(CarloGavazziModel.values()).map(CarloGavazziModel::spec).toList());
    }
}
