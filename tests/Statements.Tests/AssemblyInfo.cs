// Test classes run side by side (xunit's default: as many at once as the machine has cores); each class has its own
// hosts and its own database files (a temporary directory per host), so no class sees another's data.
