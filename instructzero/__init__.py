__version__ = "0.1.0"

# The public API: every module's `__all__` (written by nbdev_export from the notebooks).
from .tasks import *
from .models import *
from .blackbox import *
from .scorer import *
from .generator import *
from .projection import *
from .kernel import *
from .bo import *
from .optimizer import *
from .plots import *
from .widgets import *
