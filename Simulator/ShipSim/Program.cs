// ShipSim: check, pack, run scenarios, fuzz and bench the RedundantAirlock script (see ShipSimApp for exit codes).
return ShipSim.Cli.ShipSimApp.Run(args);
