using OrderFlow.Core.Orders.Fulfilment;

namespace OrderFlow.Core.Orders.Workflow;

/// <summary>
/// Picking, shipping and delivery. Auto mode picks, ships and delivers everything in one go after a short delay.
/// Manual mode takes the warehouse's events as they come: picks of some units, parcels of what is picked (several
/// parcels make a split shipment), in any interleaving, until every unit has shipped. A cancel request is heard
/// until the first parcel leaves; each stage's time limit raises one alert when it passes.
/// </summary>
static class WarehouseStage
{
    /// <summary>Answers false when a cancel request stopped the order before anything shipped.</summary>
    public static async Task<bool> PickAndShipAsync(OrderRun run, PricedOrder order)
    {
        var progress = FulfilmentProgress.Start(order);
        if (run.Mode == FulfilmentMode.Auto)
        {
            if (await run.StepAsync(OrderEvents.Fulfilment, autoResult: new PickEvent("auto")) is null)
            {
                return false;
            }
            progress = await PickAsync(run, progress, new PickEvent("auto"));
            var tracking = "DEMO" + run.Context.NewGuid().ToString("N")[..12].ToUpperInvariant();
            if (await run.StepAsync(OrderEvents.Shipment, autoResult: new ShipmentInput(order.OrderId, "DemoCarrier", tracking)) is not { } parcel)
            {
                return false;
            }
            await ShipAsync(run, order, progress, parcel);
            return true;
        }
        return await TakeWarehouseEventsAsync(run, order, progress);
    }

    static async Task<bool> TakeWarehouseEventsAsync(OrderRun run, PricedOrder order, FulfilmentProgress progress)
    {
        var context = run.Context;
        var picks = context.WaitForExternalEvent<PickEvent>(OrderEvents.Fulfilment);
        var parcels = context.WaitForExternalEvent<ShipmentInput>(OrderEvents.Shipment);
        var deadline = run.StageDeadline(OrderEvents.Fulfilment);
        // A pick or parcel seen before (same reference or tracking number) is a repeated message, not more units.
        var pickReferences = new HashSet<string>(StringComparer.Ordinal);
        var trackingNumbers = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            while (!progress.AllShipped)
            {
                List<Task> waits = progress.AnyShipped ? [picks, parcels] : [run.CancelRequested, picks, parcels];
                if (deadline is { IsPending: true })
                {
                    waits.Add(deadline.Passed);
                }
                var first = await Task.WhenAny(waits);
                if (first == run.CancelRequested)
                {
                    // Both may be waiting after a step, and the cancel is listed first; the parcel's goods have left
                    // already, so it is recorded and the cancel comes too late (the workflow marks that).
                    if (!parcels.IsCompleted)
                    {
                        return false;
                    }
                    first = parcels;
                }
                var allPicked = progress.AllPicked;
                if (first == picks)
                {
                    var pick = await picks;
                    progress = pickReferences.Add(pick.Reference) ? await PickAsync(run, progress, pick) : progress;
                    picks = context.WaitForExternalEvent<PickEvent>(OrderEvents.Fulfilment);
                }
                else if (first == parcels)
                {
                    var parcel = await parcels;
                    progress = trackingNumbers.Add(parcel.TrackingNumber) ? await ShipAsync(run, order, progress, parcel) : progress;
                    parcels = context.WaitForExternalEvent<ShipmentInput>(OrderEvents.Shipment);
                }
                else
                {
                    await run.BreachAsync(deadline!);
                }
                if (progress.AllPicked && !allPicked)
                {
                    // Shipping's clock starts when the last unit is picked.
                    deadline?.Dispose();
                    deadline = run.StageDeadline(OrderEvents.Shipment);
                }
            }
            return true;
        }
        finally
        {
            deadline?.Dispose();
        }
    }

    /// <summary>
    /// Waits until every parcel is delivered: one carrier event per parcel, or one for all. A paid order is
    /// Completed by its last delivery.
    /// </summary>
    public static async Task AwaitDeliveryAsync(OrderRun run)
    {
        var delivered = false;
        while (!delivered)
        {
            var delivery = await run.StepAsync(OrderEvents.Delivery, autoResult: new DeliveryEvent(), cancellable: false);
            delivered = await run.CallAsync<bool>(OrderTasks.Deliver, new DeliveryStep(run.OrderId, delivery!.TrackingNumber, delivery.By));
        }
    }

    static async Task<FulfilmentProgress> PickAsync(OrderRun run, FulfilmentProgress progress, PickEvent pick)
    {
        var (next, applied) = progress.Pick(pick.Lines);
        if (applied.Count > 0)
        {
            var completed = next.CompletelyPicked.Except(progress.CompletelyPicked).ToList();
            await run.CallAsync<bool>(OrderTasks.Fulfil, new PickStep(run.OrderId, pick.Reference, applied, completed, pick.By));
        }
        return next;
    }

    /// <summary>Records a parcel; the last one also issues the invoice when invoicing on shipment (the default).</summary>
    static async Task<FulfilmentProgress> ShipAsync(OrderRun run, PricedOrder order, FulfilmentProgress progress, ShipmentInput parcel)
    {
        var (next, applied) = progress.Ship(parcel.Lines);
        if (applied.Count > 0)
        {
            run.GoodsHaveLeft();
            var invoice = next.AllShipped && run.InvoiceOn == InvoiceTiming.Shipment ? new InvoiceRequest(order) : null;
            await run.CallAsync<bool>(OrderTasks.Ship, new ParcelStep(run.OrderId, parcel.Carrier, parcel.TrackingNumber, applied, invoice, parcel.By));
        }
        return next;
    }
}
